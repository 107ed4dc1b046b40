"""What the browser tests share besides fixtures: viewports and the axe check."""

from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import Error as PlaywrightError

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# axe-core comes bundled with the package (axe.min.js) and is injected into the page
# with page.evaluate: nothing is downloaded.
_axe = Axe()


def assert_accessible(page):
    """Fails with axe-core's readable report if the page has any violation at all.

    For editors the page also carries Wagtail's userbar, whose accessibility checker runs
    the same axe-core once the page has loaded; on a busy machine it may still be running
    when the test asks, and axe-core refuses two runs at once: the test waits for it.
    """
    for attempt in range(40):
        try:
            results = _axe.run(page)
            break
        except PlaywrightError as error:
            if "Axe is already running" not in str(error) or attempt == 39:
                raise
            page.wait_for_timeout(250)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def completion_status(completed_at):
    """The sheet's status sentence once done at ``completed_at``, as the page says it.

    Formatted by Django in French (local time), so the test does not depend on a
    regular expression that JavaScript would read differently (``\\w`` is ASCII there).
    """
    with translation.override("fr"):
        day = date_format(timezone.localtime(completed_at), "j F Y")
    return f"Vous avez terminé cette fiche le {day}."
