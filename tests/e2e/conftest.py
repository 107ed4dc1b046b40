"""Browser tests: a live Django server with the demo content, read through Chromium.

One Chromium for all the browser tests (Debian's: ``playwright install`` cannot
download one here), a fresh browser context per test. Every request that does not go
to the live server is aborted and fails the test (neither the site nor axe-core may
reach the internet), and so does a sub-resource answered with an error, an uncaught
JavaScript error, or anything the site's Content-Security-Policy (the production one,
from the base settings) blocks.

The demo content is loaded once, then kept as a JSON copy of the database that is
put back before each test. Two things to know about how that works:

* The live server needs a transactional database, which pytest-django empties
  after each test. Django's "serialized rollback" reloads a JSON copy of the database
  before each test (``connection._test_serialized_contents``, normally taken right
  after the migrations); for the tests of this package that copy is one taken after
  the demo was loaded, and the original is put back afterwards.
* While Playwright's sync API is running, its asyncio loop is registered in the main
  thread, so Django (through asgiref) hands out *other* connection objects than
  before: those it keeps per async context. So the browser starts before any test
  here touches the database, and every connection object whose copy was swapped is
  remembered and restored. The browser is package-scoped (one for the whole e2e run)
  so that it is stopped, and Django back to its usual connections, before any later
  test of the suite.
"""

import os
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test.testcases import _MediaFilesHandler
from playwright.sync_api import sync_playwright

from school.demo.loader import load_demo

from .helpers import DESKTOP, PHONE

# Playwright's sync API runs an event loop in the main thread, which makes Django
# refuse ORM calls from that thread unless told it is safe (it is: no coroutine
# touches the database).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def flush_database():
    """Empties the database as pytest-django does after a transactional test.

    Sequences go on from where they were, so rows created later never take the id of
    a row from the copies reloaded in between.
    """
    call_command(
        "flush",
        verbosity=0,
        interactive=False,
        reset_sequences=False,
        inhibit_post_migrate=True,
    )


@pytest.fixture(scope="package")
def demo_database(django_db_setup, django_db_blocker):
    """``{"json": …}``: the test database right after the migrations plus the demo.

    Built once (``load_demo`` takes a few seconds), before the browser starts; the
    database is left as the migrations made it. On teardown, puts back the copy
    Django restores before each test on every connection object ``demo`` changed.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    with django_db_blocker.unblock():
        migrated = getattr(connection, "_test_serialized_contents", None)
        if migrated is None:  # Nobody asked Django for a copy: the current state.
            migrated = connection.creation.serialize_db_to_string()
        flush_database()
        connection.creation.deserialize_db_from_string(migrated)
        load_demo(debug=True)
        snapshot = {"json": connection.creation.serialize_db_to_string(), "changed": {}}
        flush_database()
        connection.creation.deserialize_db_from_string(migrated)
    yield snapshot
    for changed, original in snapshot["changed"].values():
        if original is None:
            vars(changed).pop("_test_serialized_contents", None)
        else:
            changed._test_serialized_contents = original


@pytest.fixture(scope="package")
def browser(demo_database):
    """Chromium, started after ``demo_database`` (see the module's docstring)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def clear_caches():
    """Rendered pages and Wagtail's site-root cache must not leak between tests.

    The live server runs in a thread of this process, so the locmem caches it uses
    are the ones cleared here.
    """
    caches["pages"].clear()
    caches["default"].clear()
    yield
    caches["pages"].clear()
    caches["default"].clear()


@pytest.fixture
def demo(
    demo_database,
    browser,
    django_db_serialized_rollback,
    transactional_db,
    live_server,
    clear_caches,
):
    """The demo content (ten bricks, ~30 sheets) in the database the live server reads.

    Returns the live server. Django puts the demo back before each test once this
    connection's copy is the demo's; the first time, it is done here.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    demo_json = demo_database["json"]
    if getattr(connection, "_test_serialized_contents", None) is not demo_json:
        flush_database()
        connection.creation.deserialize_db_from_string(demo_json)
        original = getattr(connection, "_test_serialized_contents", None)
        demo_database["changed"].setdefault(id(connection), (connection, original))
        connection._test_serialized_contents = demo_json
    caches["pages"].clear()
    return live_server


def _context(browser, live_server, viewport, **options):
    """A browser context that only reaches the live server and notes what went wrong.

    ``context.problems`` lists requests to anywhere else (aborted), sub-resources
    (styles, scripts, images, media…) answered with an error, and uncaught
    JavaScript errors. ``options`` go to ``new_context`` (``java_script_enabled=False``).
    """
    context = browser.new_context(
        viewport=viewport, locale="fr-FR", reduced_motion="reduce", **options
    )
    context.set_default_timeout(10_000)
    server = urlsplit(live_server.url).netloc
    context.problems = []

    def only_live_server(route):
        if urlsplit(route.request.url).netloc == server:
            route.continue_()
        else:
            context.problems.append(f"outside the live server: {route.request.url}")
            route.abort()

    def check_response(response):
        # A page's own status is checked by the tests (the 404 page is meant to be one).
        if response.status >= 400 and response.request.resource_type != "document":
            context.problems.append(f"{response.status} for {response.url}")

    context.route("**/*", only_live_server)
    context.on("response", check_response)

    def check_error(error):
        # Wagtail's userbar (shown to editors) runs axe-core's checker on load; when the
        # test's own axe run (``assert_accessible``) is under way, the userbar's attempt
        # throws "Axe is already running". The collision is the test's doing, not the
        # site's: every other uncaught error fails the test.
        if "Axe is already running" not in str(error.error):
            context.problems.append(f"JS error: {error.error}")

    context.on("weberror", check_error)

    def check_console(message):
        # The site runs under its production Content-Security-Policy: anything it
        # blocks (a script, a style, an image) is reported here and fails the test.
        if "Content Security Policy" in message.text:
            context.problems.append(f"CSP: {message.text}")

    context.on("console", check_console)
    return context


@pytest.fixture
def make_page(browser, demo):
    """``make_page(viewport=PHONE)`` → a page in a new context, closed after the test.

    Other keyword arguments go to the context: ``make_page(java_script_enabled=False)``.
    """
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = _context(browser, demo, viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    problems = [problem for context in contexts for problem in context.problems]
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(make_page):
    return make_page(DESKTOP)


@pytest.fixture
def phone(make_page):
    return make_page(PHONE)


@pytest.fixture
def media_served_by_the_site(demo, monkeypatch):
    """Uploaded media served by the site's own view (``school.ops.media``, ``SERVE_MEDIA``).

    Django's live server answers ``MEDIA_URL`` itself, ahead of the URLconf, with a
    view that ignores ``Range`` headers: the browser could then not seek in a video.
    Opt-in: the other browser tests keep Django's default.
    """
    monkeypatch.setattr(_MediaFilesHandler, "_should_handle", lambda self, path: False)


@pytest.fixture
def site_url(demo):
    """``site_url("/briques/")`` → the live server's absolute URL for that path."""
    return lambda path="/": demo.url + path
