"""The school's look on a phone: the home page's welcome and first step, and the bricks
each with its pictogram and colour, at 390 and 320 px, in normal and forced colours."""

import pytest
from playwright.sync_api import expect

from methods.models import BrickPage
from school.courses.models import CoursePage

from .helpers import assert_accessible

pytestmark = pytest.mark.e2e

WIDTHS = (390, 320)


def assert_readable_at_phone_widths(page):
    """At each width, in normal then forced colours: axe finds nothing, nothing scrolls
    sideways, and every brick pictogram is drawn, in the text colour when forced."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 844})
        for forced in ("none", "active"):
            page.emulate_media(forced_colors=forced)
            assert_accessible(page)
            scroll, inner = page.evaluate(
                "() => [document.documentElement.scrollWidth, window.innerWidth]"
            )
            assert scroll <= inner, f"{page.url} scrolls sideways at {width} px ({forced})"
            icons = page.locator("svg.brick-icon")
            assert icons.count() > 0
            for icon in icons.all():
                box = icon.bounding_box()
                assert box and box["width"] >= 24 and box["height"] >= 24, page.url
            if forced == "active":
                colours = page.evaluate(
                    """() => [...document.querySelectorAll("svg.brick-icon")].map(
                        (icon) => getComputedStyle(icon).color)"""
                )
                text = page.evaluate("() => getComputedStyle(document.body).color")
                assert set(colours) == {text}
    page.emulate_media(forced_colors="none")


def test_a_newcomer_starts_from_the_home_page_on_a_phone(phone, site_url):
    page = phone
    course = CoursePage.objects.get(slug="premiers-pas")
    page.goto(site_url("/"))
    hero = page.locator("section.hero")
    expect(hero.get_by_role("link", name="Créer un compte")).to_have_attribute(
        "href", "/accounts/signup/"
    )
    start = hero.get_by_role("link", name="Commencer ici")
    expect(start).to_have_accessible_description(course.title)

    # Ten brick cards, each with its own pictogram and colour (not one beige card ten times).
    cards = page.locator(".brick-list > li.brick-card")
    expect(cards).to_have_count(10)
    accents = cards.evaluate_all(
        "(cards) => cards.map((card) => getComputedStyle(card).borderInlineStartColor)"
    )
    assert len(set(accents)) == 10
    assert_readable_at_phone_widths(page)

    start.click()
    expect(page).to_have_url(site_url(course.get_url()))
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    assert_accessible(page)


def test_bricks_and_their_sheets_show_the_brick_colour_and_pictogram(phone, site_url):
    page = phone
    page.goto(site_url("/briques/"))
    assert_readable_at_phone_widths(page)

    brick = BrickPage.objects.get(number=6)
    page.get_by_role("link", name=f"Brique 6 : {brick.title}").click()
    expect(page).to_have_url(site_url(brick.get_url()))
    cards = page.locator(".sheet-list > li.sheet-card")
    expect(cards.first).to_be_visible()
    expect(cards.locator("svg.brick-icon")).to_have_count(cards.count())
    assert_readable_at_phone_widths(page)

    # A sheet of the brick names it with the same pictogram.
    cards.first.get_by_role("link").first.click()
    expect(page.locator(".kicker svg.brick-icon")).to_have_count(1)
    assert_readable_at_phone_widths(page)
