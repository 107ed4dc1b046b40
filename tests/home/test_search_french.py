"""French search: a plural, a singular or a word typed without its accents find the
same sheets, on SQLite (the query is widened, ``home/search.py``) and on PostgreSQL
(the French text search configuration)."""

import pytest
from django.db import connection

from methods.models import MethodSheetPage
from tests.factories import make_sheet

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="only PostgreSQL stems French words; SQLite's FTS5 has no French stemmer",
)


@pytest.fixture
def library(brick):
    one = make_sheet(brick, "Préparer une réunion", summary="Un ordre du jour minuté.")
    many = make_sheet(brick, "Animer les réunions", summary="Donner la parole à chacun.")
    local = make_sheet(brick, "Le journal du quartier", summary="Écrire pour les voisins.")
    return one, many, local


def found(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return sorted(sheet.title for sheet in response.context["results"].object_list)


def test_plural_and_singular_find_the_same_sheets(client, library):
    both = ["Animer les réunions", "Préparer une réunion"]
    assert found(client, "réunions") == both
    assert found(client, "réunion") == both
    assert found(client, "Réunions préparer") == ["Préparer une réunion"]


def test_plurals_in_aux(client, library):
    assert found(client, "journaux") == ["Le journal du quartier"]


def test_words_typed_without_accents(client, library):
    assert found(client, "reunions") == ["Animer les réunions", "Préparer une réunion"]
    assert found(client, "ecrire") == ["Le journal du quartier"]


@on_postgresql
def test_postgresql_stems_french_words(library):
    # The backend alone, without the view's widening: the French configuration does it.
    titles = {page.title for page in MethodSheetPage.objects.live().search("préparation")}
    assert titles == {"Préparer une réunion"}
