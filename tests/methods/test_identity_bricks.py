"""Each brick's pictogram and colour: one symbol per brick in one sprite, shown on the
brick's page and on its sheets' cards."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from methods.templatetags.bricks import SPRITE
from tests.factories import make_brick, make_sheet

pytestmark = pytest.mark.django_db


def sprite():
    with open(finders.find(SPRITE), encoding="utf-8") as file:
        return BeautifulSoup(file.read(), "html.parser")


def test_the_sprite_draws_each_of_the_ten_bricks_in_the_text_colour():
    drawing = sprite()
    symbols = drawing.find_all("symbol")
    assert [symbol["id"] for symbol in symbols] == [f"brique-{n}" for n in range(1, 11)]
    for symbol in symbols:
        assert symbol["viewbox"] == "0 0 24 24"
        assert symbol.find(["path", "circle", "rect", "ellipse"]), symbol["id"]
        # currentColor only, so that forced-colours mode paints them like the text.
        colours = {
            value
            for element in symbol.find_all(True)
            for name in ("fill", "stroke")
            if (value := element.get(name))
        }
        assert colours <= {"none", "currentColor"}, symbol["id"]
    # No words to read or translate: the brick's number and title say which it is.
    assert not drawing.find_all(["text", "title", "desc", "style", "script"])
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", str(drawing))


def test_a_brick_page_shows_its_pictogram_and_colour_on_each_sheet(client, site_tree):
    brick = make_brick(site_tree[1], 7, "Négocier")
    for n in range(3):
        make_sheet(brick, f"Fiche {n}")
    soup = BeautifulSoup(client.get(brick.url).content, "html.parser")

    header = soup.select_one("header.brick-header")
    assert "brick-7" in header["class"]
    assert header.select_one("svg.brick-icon use")["href"].endswith("#brique-7")
    sheet_list = soup.select_one("ul.sheet-list")
    assert "brick-7" in sheet_list["class"]
    cards = sheet_list.select("li.sheet-card")
    assert len(cards) == 3
    for card in cards:
        icon = card.select_one("svg.brick-icon")
        assert icon["aria-hidden"] == "true"
        assert icon.use["href"].endswith("/methods/brick-icons.svg#brique-7")


def test_the_brick_index_shows_each_brick_with_its_own_pictogram(client, site_tree):
    index = site_tree[1]
    for number in (3, 1, 2):
        make_brick(index, number, f"Brique {number}")
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    icons = [use["href"].rsplit("#", 1)[1] for use in soup.select("li.brick-card svg use")]
    assert icons == ["brique-1", "brique-2", "brique-3"]


def test_a_sheet_names_its_brick_with_the_brick_pictogram_and_colour(client, site_tree):
    sheet = make_sheet(make_brick(site_tree[1], 4, "Revendiquer"), "Écrire une demande")
    kicker = BeautifulSoup(client.get(sheet.url).content, "html.parser").select_one(".kicker")
    assert "brick-4" in kicker["class"]
    assert kicker.select_one("svg.brick-icon use")["href"].endswith("#brique-4")
    assert kicker.get_text(strip=True) == "Brique 4 · Revendiquer"
