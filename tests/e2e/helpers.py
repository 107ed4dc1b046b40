"""What the browser tests share besides fixtures: viewports and the axe check."""

from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# axe-core comes bundled with the package (axe.min.js) and is injected into the page
# with page.evaluate: nothing is downloaded.
_axe = Axe()


def assert_accessible(page):
    """Fails with axe-core's readable report if the page has any violation at all."""
    results = _axe.run(page)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
