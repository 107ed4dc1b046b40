"""The site's chrome in a real browser: the phone header on one line at 320 px on every
kind of page, signed out and in; the menu opened by keyboard and without JavaScript;
sign-out in one POST; search reached from its icon, with one box; the footer's pages."""

import re

import pytest
from playwright.sync_api import expect

from home.models import SitePage
from methods.models import BrickPage, MethodSheetPage

from .helpers import DESKTOP, PHONE, assert_accessible
from .test_progress import sign_in

pytestmark = pytest.mark.e2e

NARROW = {"width": 320, "height": 640}  # also 640 px at 200 % zoom (WCAG reflow)
MENU = "Navigation principale"
FOOTER_PAGES = ["Contact", "Mentions légales", "Confidentialité", "Accessibilité"]


def reading_paths():
    brick = BrickPage.objects.live().order_by("number").first()
    sheet = MethodSheetPage.objects.live().child_of(brick).first()
    footer_page = SitePage.objects.live().get(slug="accessibilite")
    return ["/", brick.url, sheet.url, "/parcours/", "/search/?q=réunion", footer_page.url]


def assert_fits(page):
    """No sideways scrolling, and the header's bar is one line (mark, search, menu)."""
    page.wait_for_load_state("load")  # a URL is reached before its stylesheet is applied
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} scrolls sideways: {widths}"
    tops = page.evaluate(
        "() => ['.site-brand', '.site-search-link', '.site-menu'].map("
        "s => Math.round(document.querySelector(s).getBoundingClientRect().top))"
    )
    assert max(tops) - min(tops) <= 8, f"{page.url}: header on several lines {tops}"


def menu_button(page):
    return page.locator(".site-menu > summary")


def test_every_kind_of_page_fits_320_px_signed_out_and_in(make_page, site_url):
    page = make_page(NARROW)
    paths = reading_paths()
    for path in paths:
        page.goto(site_url(path))
        assert_fits(page)
        assert_accessible(page)
    menu_button(page).click()  # open, the menu fits too
    expect(page.get_by_role("navigation", name=MENU)).to_be_visible()
    assert_fits(page)
    assert_accessible(page)

    sign_in(page, site_url)  # lands on /me/
    for path in ["/me/", *paths]:
        if path != "/me/":
            page.goto(site_url(path))
        assert_fits(page)
        assert_accessible(page)
    menu_button(page).click()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_visible()
    assert_fits(page)
    assert_accessible(page)


def test_menu_opens_by_keyboard_and_search_has_one_box(phone, site_url):
    phone.goto(site_url("/"))
    menu = phone.get_by_role("navigation", name=MENU)
    expect(menu).to_be_hidden()
    for _ in range(10):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    summary = menu_button(phone)
    expect(summary).to_be_focused()
    outline = summary.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none", "the focused menu button shows no focus"
    phone.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(phone.locator("details.site-menu")).to_have_attribute("open", "")
    assert_accessible(phone)
    phone.keyboard.press("Tab")
    expect(menu.get_by_role("link", name="Accueil")).to_be_focused()
    phone.keyboard.press("Escape")  # site_menu.js: closes and gives the focus back
    expect(menu).to_be_hidden()
    expect(summary).to_be_focused()
    phone.keyboard.press(" ")
    expect(menu).to_be_visible()
    phone.keyboard.press(" ")
    expect(menu).to_be_hidden()

    # The header has no search box, only a link to the search page and its one box.
    expect(phone.locator(".site-header").get_by_role("search")).to_have_count(0)
    phone.get_by_role("link", name="Rechercher une fiche").click()
    expect(phone).to_have_url(site_url("/search/"))
    expect(phone.get_by_role("search")).to_have_count(1)
    expect(phone.get_by_role("searchbox")).to_have_count(1)
    assert_accessible(phone)


def test_without_javascript_the_menu_opens_and_sign_out_is_one_post(make_page, site_url):
    # axe-core needs JavaScript: these pages are checked by the test above, with it.
    page = make_page(PHONE, java_script_enabled=False)
    sign_in(page, site_url)
    requests = []
    page.on("request", lambda request: requests.append((request.method, request.url)))
    menu = page.get_by_role("navigation", name=MENU)
    expect(menu).to_be_hidden()
    menu_button(page).click()
    expect(menu).to_be_visible()
    menu.get_by_role("button", name="Se déconnecter").click()

    expect(page).to_have_url(site_url("/"))  # no confirmation page
    logout = [(method, url) for method, url in requests if "/accounts/logout/" in url]
    assert logout == [("POST", site_url("/accounts/logout/"))]
    menu_button(page).click()
    expect(menu.get_by_role("link", name="Se connecter")).to_be_visible()
    expect(menu.get_by_role("link", name="Créer un compte")).to_be_visible()
    expect(menu.get_by_role("button", name="Se déconnecter")).to_have_count(0)
    page.goto(site_url("/me/"))
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/me/$"))


def test_footer_links_reach_the_site_pages_and_the_menu_shows_inline(make_page, site_url):
    page = make_page(DESKTOP)
    page.goto(site_url("/"))
    # Wide screen: the menu's links are there without opening anything.
    expect(menu_button(page)).to_be_hidden()
    expect(
        page.get_by_role("navigation", name=MENU).get_by_role("link", name="Accueil")
    ).to_be_visible()
    footer = page.locator("footer.site-footer")
    expect(footer.get_by_role("link", name="contact@ecole.example")).to_have_attribute(
        "href", "mailto:contact@ecole.example"
    )
    links = footer.get_by_role("navigation", name="À propos du site").get_by_role("link")
    expect(links).to_have_text(FOOTER_PAGES)
    assert_accessible(page)
    for title in FOOTER_PAGES:
        with page.expect_navigation() as navigation:
            page.locator("footer.site-footer").get_by_role("link", name=title, exact=True).click()
        assert navigation.value.status == 200, title
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        assert_accessible(page)
