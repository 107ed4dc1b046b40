"""A reader's paths through the library, in a real browser, with axe on every page."""

import re
import unicodedata
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.views.defaults import server_error
from playwright.sync_api import expect

from methods.models import BrickPage, MethodSheetPage
from methods.templatetags.sheets import minutes

from .helpers import assert_accessible

pytestmark = pytest.mark.e2e

LEVELS = {"decouverte": "Découverte", "approfondissement": "Approfondissement"}


def live_sheets():
    return MethodSheetPage.objects.live().public()


def first_sheet():
    """The first sheet of brick 1: has steps, a table of contents and tags."""
    brick = BrickPage.objects.get(number=1)
    return live_sheets().child_of(brick).order_by("path").first()


def folded(text):
    """Lower case without accents, as full-text search compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def searchable_text(sheet):
    parts = [sheet.title, sheet.summary, sheet.objectives, sheet.materials]
    parts += [tag.name for tag in sheet.tags.all()]
    for block in sheet.body:
        parts += [str(text) for text in block.block.get_searchable_content(block.value)]
    return folded(" ".join(parts))


def test_phone_reader_goes_from_home_to_a_step_and_back(phone, site_url):
    page = phone

    # Home: the ten bricks, in order, each with its number of published sheets.
    page.goto(site_url("/"))
    assert_accessible(page)
    expect(page.get_by_role("heading", level=2, name="Les 10 briques de formation")).to_be_visible()
    cards = page.locator(".brick-list > li.brick-card")
    expect(cards).to_have_count(10)
    numbers = [int(text) for text in cards.locator(".brick-number").all_inner_texts()]
    assert numbers == list(range(1, 11))
    for card, number in zip(cards.all(), numbers, strict=True):
        brick = BrickPage.objects.get(number=number)
        count = live_sheets().child_of(brick).count()
        assert count > 0, f"brick {number} has no published sheet"
        expect(card.get_by_role("link")).to_have_accessible_name(f"Brique {number} : {brick.title}")
        expect(card.locator(".meta")).to_have_text(f"{count} fiche{'s' if count > 1 else ''}")

    # Brick 1: its sheets, in tree order, each with its duration and level.
    brick = BrickPage.objects.get(number=1)
    cards.first.get_by_role("link").click()
    expect(page).to_have_url(site_url(brick.get_url()))
    assert_accessible(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(brick.title)
    sheets = list(live_sheets().child_of(brick).order_by("path"))
    sheet_cards = page.locator(".sheet-list > li.sheet-card")
    expect(sheet_cards).to_have_count(len(sheets))
    for card, sheet in zip(sheet_cards.all(), sheets, strict=True):
        expect(card.get_by_role("heading", level=3)).to_have_text(sheet.title)
        meta = card.locator(".meta")
        expect(meta).to_contain_text(minutes(sheet.duration))
        expect(meta).to_contain_text(LEVELS[sheet.level])
        assert re.search(r"\d+ (min|h)", meta.inner_text())

    # A sheet: title, objectives, duration, table of contents.
    sheet = sheets[0]
    sheet_cards.first.get_by_role("link", name=sheet.title).click()
    expect(page).to_have_url(site_url(sheet.get_url()))
    assert_accessible(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet.title)
    expect(page.get_by_role("heading", level=2, name="Objectifs")).to_be_visible()
    facts = page.locator(".sheet-facts")
    expect(facts.locator("dt", has_text="Durée")).to_be_visible()
    expect(facts.locator("dd").first).to_have_text(minutes(sheet.duration))
    toc = page.get_by_role("navigation", name="Sommaire")
    expect(toc).to_be_visible()
    anchored = [section for section in sheet.sections if section.anchor]
    toc_links = toc.get_by_role("link")
    expect(toc_links).to_have_count(len(anchored))
    for link, section in zip(toc_links.all(), anchored, strict=True):
        expect(link).to_have_attribute("href", f"#{section.anchor}")
        expect(page.locator(f"#{section.anchor}")).to_have_count(1)

    # The last step is far below the fold on a phone; its entry brings it into view.
    steps = [section for section in anchored if section.block.block_type == "step"]
    assert len(steps) > 1
    last = steps[-1]
    target = page.locator(f"section.step#{last.anchor}")
    expect(target).not_to_be_in_viewport()
    toc.get_by_role("link", name=f"Étape {last.number} {last.block.value['title']}").click()
    expect(page).to_have_url(re.compile(f"#{last.anchor}$"))
    expect(target).to_be_in_viewport()
    expect(target.get_by_role("heading", level=3)).to_have_text(
        f"Étape {last.number} {last.block.value['title']}"
    )

    # Breadcrumbs lead back to the brick, then to the home page.
    breadcrumbs = page.get_by_role("navigation", name="Fil d’Ariane")
    expect(breadcrumbs.locator("[aria-current=page]")).to_have_text(sheet.title)
    breadcrumbs.get_by_role("link", name=brick.title, exact=True).click()
    expect(page).to_have_url(site_url(brick.get_url()))
    assert_accessible(page)
    page.get_by_role("navigation", name="Fil d’Ariane").get_by_role("link", name="Accueil").click()
    expect(page).to_have_url(site_url("/"))
    expect(page.locator(".brick-card")).to_have_count(10)
    assert_accessible(page)


def search_from_the_header(page, words):
    """The header's search icon leads to the search page, whose one box is typed in."""
    page.locator(".site-header").get_by_role("link", name="Rechercher une fiche").click()
    expect(page).to_have_url(re.compile(r"/search/$"))
    page.get_by_role("search").get_by_label("Mots à chercher").fill(words)


def test_search_from_the_header_lists_matching_sheets(page, site_url):
    page.goto(site_url("/"))
    assert_accessible(page)
    search_from_the_header(page, "réunion")
    page.get_by_role("search").get_by_role("button", name="Rechercher").click()

    expect(page).to_have_url(re.compile(r"/search/\?q=r%C3%A9union$"))
    assert_accessible(page)
    results = page.locator("#sheet-results ~ .sheet-list > li.sheet-card h3")
    expect(results.first).to_be_visible()
    titles = results.all_inner_texts()
    by_title = {sheet.title: sheet for sheet in live_sheets()}
    for title in titles:
        assert title in by_title, f"{title!r} is not a published sheet"
        assert "reunion" in searchable_text(by_title[title]), f"{title!r} does not match"
    for title in by_title:
        if "reunion" in folded(title):
            assert title in titles, f"{title!r} has the word in its title but is not listed"
    status = page.get_by_role("status").inner_text()
    total = int(re.search(r"(\d+) fiches? trouvées?", status)[1])
    assert total >= len(titles)
    if total <= settings.SEARCH_RESULTS_PER_PAGE:
        assert total == len(titles)


def test_search_without_match_says_so(page, site_url):
    page.goto(site_url("/"))
    search_from_the_header(page, "zzzzqqq")
    page.get_by_label("Mots à chercher").press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=zzzzqqq$"))
    assert_accessible(page)
    expect(page.get_by_role("status")).to_contain_text(
        "Aucune fiche ne correspond à votre recherche."
    )
    expect(page.locator(".sheet-card")).to_have_count(0)
    # The query stays in the page's one search field, ready to be corrected.
    expect(page.get_by_role("searchbox")).to_have_count(1)
    expect(page.locator("#search-q")).to_have_value("zzzzqqq")


def test_tag_on_a_sheet_lists_the_sheets_with_that_tag(page, site_url):
    sheet = first_sheet()
    per_tag = {
        tag.name: set(live_sheets().filter(tags__name=tag.name).values_list("title", flat=True))
        for tag in sheet.tags.all()
    }
    # The tag shared by the most sheets that still fit on one page of results.
    tag, expected = max(
        (item for item in per_tag.items() if len(item[1]) <= settings.SEARCH_RESULTS_PER_PAGE),
        key=lambda item: len(item[1]),
    )
    assert len(expected) > 1, "the demo should share tags between sheets"

    page.goto(site_url(sheet.get_url()))
    assert_accessible(page)
    tags = page.locator("section", has=page.get_by_role("heading", name="Mots-clés"))
    expect(tags.get_by_role("link")).to_have_count(len(per_tag))
    tags.get_by_role("link", name=tag, exact=True).click()

    assert parse_qs(urlsplit(page.url).query) == {"tag": [tag]}
    assert_accessible(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Fiches avec le mot-clé « {tag} »")
    titles = page.locator(".sheet-list > li.sheet-card h3").all_inner_texts()
    assert len(titles) == len(set(titles))
    assert set(titles) == expected
    assert sheet.title in titles


def test_sheet_prints_without_the_site_around_it(page, site_url):
    sheet = first_sheet()
    page.goto(site_url(sheet.get_url()))
    assert_accessible(page)
    chrome = {
        "header": page.locator("header.site-header"),
        "navigation": page.get_by_role("navigation", name="Navigation principale"),
        "footer": page.locator("footer.site-footer"),
        "search link": page.locator(".site-header").get_by_role(
            "link", name="Rechercher une fiche"
        ),
        "breadcrumbs": page.get_by_role("navigation", name="Fil d’Ariane"),
    }
    steps = page.locator(".sheet-body .step")
    assert steps.count() > 1
    for name, locator in chrome.items():
        assert locator.is_visible(), f"{name} should be visible on screen"

    page.emulate_media(media="print")
    for name, locator in chrome.items():
        assert not locator.is_visible(), f"{name} should not be printed"
    for index in range(steps.count()):
        assert steps.nth(index).is_visible(), f"step {index + 1} should be printed"
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # The print view: the sheet alone, with a print button for the screen only.
    page.emulate_media(media="screen")
    page.get_by_role("link", name="Version imprimable").click()
    expect(page).to_have_url(site_url(sheet.get_url() + "imprimer/"))
    assert_accessible(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(sheet.title)
    for selector in ("header.site-header", ".site-nav", ".site-search", "footer", ".breadcrumbs"):
        expect(page.locator(selector)).to_have_count(0)
    expect(page.get_by_role("navigation", name="Navigation principale")).to_have_count(0)
    expect(page.get_by_role("search")).to_have_count(0)
    print_button = page.get_by_role("button", name="Imprimer")
    back_link = page.get_by_role("link", name="Retour à la fiche")
    expect(print_button).to_be_visible()
    expect(back_link).to_be_visible()

    page.emulate_media(media="print")
    assert not print_button.is_visible()
    assert not back_link.is_visible()
    print_steps = page.locator(".sheet-body .step")
    assert print_steps.count() == steps.count()
    for index in range(print_steps.count()):
        assert print_steps.nth(index).is_visible(), f"step {index + 1} should be printed"


def test_keyboard_skip_link_moves_focus_to_the_content(page, site_url):
    page.goto(site_url(first_sheet().get_url()))
    assert_accessible(page)
    skip_link = page.get_by_role("link", name="Aller au contenu")
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#contenu$"))
    expect(page.locator("main#contenu")).to_be_focused()
    # The next Tab goes on into the content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.parametrize("path", ["/cette-page-n-existe-pas/", "{sheet}inconnu/"])
def test_unknown_address_shows_the_friendly_404(page, site_url, path):
    url = site_url(path.format(sheet=first_sheet().get_url()))
    response = page.goto(url)
    assert response.status == 404
    assert_accessible(page)
    expect(page).to_have_title(re.compile(r"^Page introuvable — École de la citoyenneté$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Cette page est introuvable")
    expect(page.get_by_role("navigation", name="Navigation principale")).to_be_visible()
    expect(page.locator("footer.site-footer")).to_be_visible()
    page.get_by_role("link", name="Revenir à l’accueil et aux briques de formation").click()
    expect(page).to_have_url(site_url("/"))
    assert_accessible(page)


def test_server_error_page_is_accessible(page):
    """The 500 page cannot be reached on purpose: Django's handler renders it here."""
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    page.set_content(response.content.decode())
    assert_accessible(page)
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_have_text(
        "Un problème est survenu"
    )
    expect(page.get_by_role("link", name="Revenir à l’accueil")).to_have_attribute("href", "/")
