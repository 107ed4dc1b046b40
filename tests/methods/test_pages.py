"""Page rules and rendering of the bricks and sheets."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils  # noqa: F401 - documents the helpers' origin

from home.models import HomePage
from methods.models import BrickIndexPage, BrickPage, MethodSheetPage
from tests.factories import make_brick, make_sheet

pytestmark = pytest.mark.django_db


def test_parent_child_rules():
    assert BrickIndexPage.parent_page_types == ["home.HomePage"]
    assert MethodSheetPage.allowed_parent_page_models() == [BrickPage]
    assert BrickPage.allowed_subpage_models() == [MethodSheetPage]
    assert MethodSheetPage.allowed_subpage_models() == []
    assert not MethodSheetPage.can_create_at(Page.get_first_root_node())


def test_sheet_cannot_live_under_home_or_index(site_tree):
    home, index = site_tree
    assert not MethodSheetPage.can_create_at(home)
    assert not MethodSheetPage.can_create_at(index)
    assert BrickPage.can_create_at(index)
    assert not BrickPage.can_create_at(home)


def test_home_lists_bricks_in_number_order_with_live_sheet_counts(client, site_tree):
    _home, index = site_tree
    second = make_brick(index, 2, "Animer des réunions")
    first = make_brick(index, 1, "Mobiliser")
    make_sheet(first, "Le porte-à-porte")
    make_sheet(first, "La rencontre individuelle")
    make_sheet(first, "Brouillon", live=False)
    make_sheet(second, "L'ordre du jour")

    response = client.get("/")
    assert response.status_code == 200
    bricks = list(response.context["bricks"])
    assert [b.title for b in bricks] == ["Mobiliser", "Animer des réunions"]
    assert [b.sheet_count for b in bricks] == [2, 1]
    html = response.content.decode()
    assert html.index("Mobiliser") < html.index("Animer des réunions")
    assert "2 fiches" in html and "1 fiche" in html


def test_brick_index_lists_bricks(client, brick):
    response = client.get("/briques/")
    assert response.status_code == 200
    assert "Mobiliser" in response.content.decode()


def test_brick_page_lists_only_live_sheets_with_duration_and_level(client, brick):
    make_sheet(brick, "Le porte-à-porte", duration=150, level="approfondissement")
    make_sheet(brick, "Sheet en brouillon", live=False)
    response = client.get(brick.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Le porte-à-porte" in html
    assert "brouillon" not in html
    assert "2 h 30" in html and "Approfondissement" in html
    assert "Brique 1" in html


def test_sheet_page_shows_facts_steps_toc_and_breadcrumbs(client, brick):
    sheet = make_sheet(brick, "Le porte-à-porte", duration=45, materials="Stylos\nBadges")
    response = client.get(sheet.url)
    html = response.content.decode()
    assert response.status_code == 200
    for expected in [
        "Objectifs",
        "Savoir frapper à une porte",
        "45 min",
        "4 à 12 personnes",
        "Découverte",
        "Stylos",
        "Badges",
        "Sommaire",
    ]:
        assert expected in html, expected
    # Steps are numbered in reading order and the table of contents jumps to them.
    assert 'href="#etape-1"' in html and 'id="etape-1"' in html
    assert 'href="#etape-2"' in html and 'id="etape-2"' in html
    assert "Étape 2" in html and "Conclure" in html
    assert 'href="#mise-en-situation-1"' in html and 'id="mise-en-situation-1"' in html
    # Breadcrumbs: home, bricks, the brick, then the sheet itself.
    assert 'aria-current="page">Le porte-à-porte' in html
    assert f'href="{brick.url}"' in html
    assert 'href="/briques/"' in html


def test_related_sheets_and_tags_are_shown_unpublished_related_hidden(client, brick):
    other = make_sheet(brick, "La rencontre individuelle")
    hidden = make_sheet(brick, "Brouillon caché")
    sheet = make_sheet(brick, "Le porte-à-porte")
    sheet.related_sheets.create(related=other)
    sheet.related_sheets.create(related=hidden)
    sheet.tags.add("logement", "porte-à-porte")
    sheet.save_revision().publish()
    hidden.unpublish()

    html = client.get(sheet.url).content.decode()
    assert "La rencontre individuelle" in html
    assert "Brouillon caché" not in html
    assert "?tag=logement" in html


def test_group_size_minimum_above_maximum_is_refused(brick):
    from django.core.exceptions import ValidationError

    sheet = MethodSheetPage(
        title="X", slug="x", summary="s", objectives="o", duration=10, group_min=20, group_max=5
    )
    with pytest.raises(ValidationError) as error:
        sheet.clean()
    assert "group_max" in error.value.message_dict


def test_home_page_is_site_root(site_tree):
    home, _index = site_tree
    assert isinstance(home.specific, HomePage)
    assert home.url == "/"
