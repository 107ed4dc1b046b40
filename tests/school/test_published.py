"""The published snapshot answers like the database, before and after every change."""

import json

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from school import published
from school.ops.page_cache import CACHE_HEADER
from tests.factories import make_brick, make_sheet, step

pytestmark = pytest.mark.django_db


def complete(client, sheet, number):
    event = {"id": f"evt-{number:08d}", "type": "sheet.completed", "sheet": sheet.pk}
    body = json.dumps({"events": [event]})
    return client.post("/progress/", body, content_type="application/json")


def test_a_new_restriction_applies_at_once_and_its_removal_too(client, signed_in, sheet):
    assert complete(client, sheet, 1).status_code == 200  # the snapshot is built
    assert client.get(sheet.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=sheet, restriction_type=PageViewRestriction.GROUPS
    )
    assert complete(client, sheet, 2).status_code == 403
    response = client.get(sheet.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    restriction.delete()
    assert complete(client, sheet, 3).status_code == 200
    assert client.get(sheet.url).status_code == 200


def test_a_page_made_private_leaves_the_anonymous_cache(client, sheet):
    client.get(sheet.url)
    assert client.get(sheet.url)[CACHE_HEADER] == "hit"
    PageViewRestriction.objects.create(page=sheet, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(sheet.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_restriction_above_the_sheet_counts(client, signed_in, brick, sheet):
    assert client.get(sheet.url).status_code == 200
    PageViewRestriction.objects.create(page=brick, restriction_type=PageViewRestriction.GROUPS)
    assert client.get(sheet.url).status_code == 302
    assert complete(client, sheet, 1).status_code == 403


def test_an_alias_is_restricted_like_its_source(client, site_tree, brick, sheet):
    other = make_brick(site_tree[1], number=2, title="Animer")
    alias = sheet.create_alias(parent=other, update_slug="copie")
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(page=sheet, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(alias.url).status_code == 302


def test_publish_unpublish_and_move_are_seen(client, signed_in, site_tree, brick, sheet):
    assert client.get(sheet.url).status_code == 200
    fresh = make_sheet(brick, "Toute nouvelle", blocks=[step()])
    assert client.get(fresh.url).status_code == 200
    assert complete(client, fresh, 1).status_code == 200

    fresh.unpublish()
    assert client.get("/briques/mobiliser/toute-nouvelle/").status_code == 404
    response = complete(client, fresh, 2)
    assert response.status_code == 400 and "unknown sheet" in response.json()["error"]

    other = make_brick(site_tree[1], number=2, title="Animer")
    old_url = sheet.url
    sheet.move(other, pos="last-child")
    sheet.refresh_from_db()
    assert client.get(sheet.url).status_code == 200
    assert client.get(old_url)["Location"] == sheet.url  # Wagtail's automatic redirect
    assert sheet.url.startswith("/briques/animer/")


def test_a_new_site_is_seen_at_once(client, site_tree):
    home, index = site_tree
    assert b"accueil" in client.get("/", HTTP_HOST="partenaire.example").content.lower()
    Site.objects.create(hostname="partenaire.example", port=80, root_page=index)
    response = client.get("/", HTTP_HOST="partenaire.example")
    assert response.status_code == 200
    assert response.context["page"].pk == index.pk


def test_the_token_goes_again_when_the_change_commits(sheet, django_capture_on_commit_callbacks):
    stamp_cache = caches["pages"]
    published.current()
    with django_capture_on_commit_callbacks(execute=True):
        sheet.title = "Renommée"
        sheet.save_revision().publish()
        assert stamp_cache.get(published.STAMP_KEY) is None  # at once
        published.current()  # a reader before the commit puts a token back…
        assert stamp_cache.get(published.STAMP_KEY) is not None
    assert stamp_cache.get(published.STAMP_KEY) is None  # …which the commit removes


def test_the_snapshot_is_read_once_per_publication(client, signed_in, brick, sheet, monkeypatch):
    loads = []
    real_load = published.load
    monkeypatch.setattr(published, "load", lambda stamp: loads.append(stamp) or real_load(stamp))
    assert client.get(sheet.url).status_code == 200  # reads the snapshot and the site
    with CaptureQueriesContext(connection) as queries:
        for url in (sheet.url, brick.url, "/briques/", "/", sheet.url):
            assert client.get(url).status_code == 200  # signed in: never the page cache
    assert len(loads) == 1
    assert not any('FROM "wagtailcore_site"' in query["sql"] for query in queries)
    sheet.save_revision()  # a draft changes nothing that is published
    assert client.get(sheet.url).status_code == 200
    assert len(loads) == 1
    make_sheet(brick, "Nouvelle", blocks=[step()])  # published
    assert client.get(sheet.url).status_code == 200
    assert len(loads) == 2


def test_the_snapshot_remembers_a_bounded_number_of_hosts(client, sheet):
    for number in range(published.MAX_HOSTS + 10):
        client.get("/", HTTP_HOST=f"h{number}.example")
    assert len(published.current().sites) == published.MAX_HOSTS


def test_signed_in_sheet_page_queries(client, signed_in, sheet, django_assert_num_queries):
    client.get(sheet.url)  # the snapshot and the sheet's fragments are cached
    # Read fresh every time: the user; the route, level by level (the brick index, the
    # brick, the sheet, one query each); the sheet's view restrictions (its ancestors
    # with aliases resolved, then the restrictions); the learner's row for it (a visit
    # within a minute writes nothing). Then what the progress box shows: the sheet's
    # brick; the next sheet (the live bricks, the live sheets); the brick's bar (her
    # completed sheets, the brick's live sheets); each ".public()" of those three lists
    # reads the view restrictions first (one query each).
    with django_assert_num_queries(15):
        assert client.get(sheet.url).status_code == 200
