"""Search at /search/: finds sheets and bricks, and never fails on odd input."""

import pytest

from tests.factories import make_sheet

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(brick):
    door = make_sheet(brick, "Le porte-à-porte", summary="Frapper aux portes en binôme.")
    door.tags.add("logement")
    door.save_revision().publish()
    meeting = make_sheet(brick, "Préparer une réunion", summary="Un ordre du jour minuté.")
    make_sheet(brick, "Fiche en brouillon réunion", live=False)
    return door, meeting


def titles(response):
    return [sheet.title for sheet in response.context["results"].object_list]


def test_finds_sheets_by_word(client, library):
    response = client.get("/search/", {"q": "réunion"})
    assert response.status_code == 200
    assert titles(response) == ["Préparer une réunion"]
    assert "1 fiche trouvée" in response.content.decode()


def test_hyphenated_words_are_found(client, library):
    response = client.get("/search/", {"q": "porte-à-porte"})
    assert "Le porte-à-porte" in titles(response)


def test_finds_bricks(client, library):
    response = client.get("/search/", {"q": "Mobiliser"})
    assert [brick.title for brick in response.context["bricks"]] == ["Mobiliser"]


def test_tag_lists_tagged_sheets(client, library):
    response = client.get("/search/", {"tag": "logement"})
    assert titles(response) == ["Le porte-à-porte"]
    assert "logement" in response.content.decode()


def test_no_match_says_so(client, library):
    response = client.get("/search/", {"q": "xylophone"})
    assert response.status_code == 200
    assert "Aucune fiche ne correspond" in response.content.decode()


def test_empty_query_invites_to_type(client, library):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert "Tapez un ou plusieurs mots" in response.content.decode()


def test_very_long_query_is_cut_with_a_message(client, library):
    response = client.get("/search/", {"q": "réunion " * 700})
    assert response.status_code == 200
    assert len(response.context["query"]) <= 200
    assert "seuls les 200 premiers caractères" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "(",
        "*",
        "a AND",
        "NOT",
        "réunion OR",
        "^",
        ":",
        "\\",
        "%",
        "\x00",
        "<script>",
        'porte"à',
        "-réunion",
        "😀",
        "NEAR(a b)",
        "{}[]",
    ],
)
def test_odd_characters_never_fail(client, library, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_bad_page_number_falls_back_to_first_page(client, library):
    response = client.get("/search/", {"q": "réunion", "page": "abc"})
    assert response.status_code == 200
    response = client.get("/search/", {"q": "réunion", "page": "999"})
    assert response.status_code == 200


def test_unknown_url_is_a_friendly_404_in_the_layout(client, library):
    response = client.get("/ceci-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Cette page est introuvable" in html
    assert 'class="site-header"' in html


def test_tag_and_words_together(client, library):
    response = client.get("/search/", {"tag": "logement", "q": "portes"})
    assert response.status_code == 200
    assert titles(response) == ["Le porte-à-porte"]
    response = client.get("/search/", {"tag": "logement", "q": "réunion"})
    assert titles(response) == []
    assert "Aucune fiche ne correspond" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"tag": "x" * 5000},
        {"tag": "'\"<>%", "q": "(*"},
        {"q": "réunion", "page": "-1"},
        {"q": "réunion", "page": "1e9"},
        {"tag": "", "q": ""},
        {"tag": "logement", "page": "x"},
    ],
)
def test_odd_parameter_combinations_never_fail(client, library, params):
    assert client.get("/search/", params).status_code == 200
