"""Reading a sheet: one numbering only (table of contents and headings, every demo
sheet), role plays not numbered as steps, the workshop's length labelled apart from the
reading time, and short paragraphs in the demo."""

import re

import pytest
from bs4 import BeautifulSoup

from methods.models import MethodSheetPage
from school.demo.loader import load_demo
from tests.factories import make_sheet, step

# A number written in a title ("1. Pourquoi…", "2) Préparer"): the page numbers steps.
WRITTEN_NUMBER = re.compile(r"^\s*\d+\s*[.)°-]")


def soup(client, url):
    return BeautifulSoup(client.get(url).content.decode(), "html.parser")


def words(element):
    return " ".join(element.get_text(" ").split())


def numbering_problems(page, sheet):
    """What is numbered twice, or numbered when it is not a step, on one sheet page."""
    problems = []
    toc = page.select_one("nav.toc")
    if toc.select("ol"):
        problems.append("the table of contents is an ordered list: its markers number it again")
    expected = []
    for section in sheet.sections:
        if section.number:
            expected.append(f"Étape {section.number} {section.block.value['title']}")
        elif section.anchor:
            expected.append(f"Mise en situation {section.block.value['title']}")
    entries = [words(link) for link in toc.select("a")]
    if entries != expected:
        problems.append(f"table of contents {entries} instead of {expected}")
    for section in sheet.sections:
        if section.anchor and WRITTEN_NUMBER.match(section.block.value["title"]):
            problems.append(f"a number written in the title {section.block.value['title']!r}")
    headings = [words(h) for h in page.select(".sheet-body section.step > h3")]
    steps = [e for e in expected if e.startswith("Étape ")]
    if headings != steps:
        problems.append(f"step headings {headings} instead of {steps}")
    for heading in page.select(".sheet-body section.role-play > h3"):
        if "Étape" in words(heading) or heading.select(".step-number"):
            problems.append(f"a role play numbered like a step: {words(heading)!r}")
    return problems


@pytest.mark.django_db
def test_no_demo_sheet_is_numbered_twice_and_no_paragraph_is_dense(client):
    """The whole demo, loaded once (it takes seconds)."""
    load_demo(debug=False)
    sheets = list(MethodSheetPage.objects.live().order_by("path"))
    assert len(sheets) >= 30
    problems, dense = {}, []
    for sheet in sheets:
        page = soup(client, sheet.url)
        found = numbering_problems(page, sheet)
        if found:
            problems[sheet.slug] = found
        for paragraph in page.select(".sheet-body .rich-text p"):
            if len(words(paragraph).split()) > 55:
                dense.append((sheet.slug, words(paragraph)[:60]))
    assert problems == {}
    assert dense == []


def test_the_workshop_length_and_the_reading_time_are_labelled_apart(client, brick):
    body = "<p>" + " ".join(["mot"] * 290) + "</p>"  # with the fields: about 2 minutes
    sheet = make_sheet(brick, "Une longue fiche", blocks=[step(body=body)], duration=180)
    page = soup(client, sheet.url)
    facts = {
        words(fact.select_one("dt")): words(fact.select_one("dd"))
        for fact in page.select(".sheet-facts dl > div")
    }
    assert facts["Durée de l’atelier"] == "3 h"
    assert facts["Temps de lecture"] == "2 min"
    assert "Durée" not in facts

    # Cards (the brick's list) say it is the workshop's length.
    card = soup(client, brick.url).select_one(".sheet-card .meta")
    assert words(card).startswith("Atelier de 3 h")


def test_reading_time_counts_the_words_of_every_block(brick):
    short = make_sheet(brick, "Courte", blocks=[step(body="<p>Bonjour.</p>")])
    assert short.reading_minutes == 1  # never "0 min"
    role_play = {
        "type": "role_play",
        "value": {
            "title": "Jeu",
            "situation": "<p>" + " ".join(["situation"] * 300) + "</p>",
            "roles": [{"name": "Locataire", "brief": " ".join(["consigne"] * 300)}],
            "debrief_questions": ["Qu'avez-vous ressenti ?"],
        },
    }
    long = make_sheet(brick, "Longue", blocks=[step(), role_play])
    assert long.reading_minutes == 4  # 600 words and a few more, at 150 a minute
