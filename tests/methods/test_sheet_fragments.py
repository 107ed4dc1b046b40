"""The sheet's shared fragments: Wagtail's {% wagtailpagecache %}, keyed on the page."""

import json

import pytest
from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from tests.factories import publish, step

pytestmark = pytest.mark.django_db

FRAGMENTS = ("sheet-crumbs", "sheet-content", "sheet-links")


def pages_cache():
    return caches["pages"]


def fragment_key(name, page):
    """The key Wagtail's tag stores a fragment under: the page's state and its site."""
    page = type(page).objects.get(pk=page.pk)  # as served: the live row
    return make_template_fragment_key(name, [page.cache_key, Site.objects.get().pk])


def stored_fragment_keys():
    # Test settings use the local-memory cache, whose keys can be listed.
    return [key for key in pages_cache()._cache if "template.cache.sheet-" in key]


def test_fragments_are_stored_under_the_pages_cache_key(client, sheet):
    client.get(sheet.url)
    for name in FRAGMENTS:
        assert pages_cache().get(fragment_key(name, sheet)) is not None, name
    assert "Conclure" in pages_cache().get(fragment_key("sheet-content", sheet))


def test_a_new_publication_renders_new_fragments_even_beside_the_old_ones(client, sheet):
    client.get(sheet.url)
    old_key = fragment_key("sheet-content", sheet)
    old_fragment = pages_cache().get(old_key)
    assert "Conclure" in old_fragment

    sheet.body = json.dumps([step("Étape toute neuve")])
    publish(sheet)
    # As if the clear on publication had not reached it (another host's cache, a
    # clear that failed): the old fragment is still there, under the old key.
    pages_cache().set(old_key, old_fragment)

    html = client.get(sheet.url).content.decode()
    assert "Étape toute neuve" in html and "Conclure" not in html
    new_key = fragment_key("sheet-content", sheet)
    assert new_key != old_key
    assert "Étape toute neuve" in pages_cache().get(new_key)


def test_a_preview_stores_no_fragment_and_shows_the_draft(admin_client, client, sheet):
    client.get(sheet.url)  # the published fragments are cached
    published_fragments = set(stored_fragment_keys())
    sheet.body = json.dumps([step("Étape du brouillon")])
    sheet.save_revision()  # a draft: the page's cache key does not change

    draft = reverse("wagtailadmin_pages:view_draft", args=(sheet.pk,))  # a preview
    preview = admin_client.get(draft)
    assert preview.status_code == 200
    assert "Étape du brouillon" in preview.content.decode()
    assert set(stored_fragment_keys()) == published_fragments

    pages_cache().clear()
    assert "Étape du brouillon" in admin_client.get(draft).content.decode()
    assert stored_fragment_keys() == []
    assert "Étape du brouillon" not in client.get(sheet.url).content.decode()


def test_the_fragment_key_follows_the_language_and_the_deploy(sheet, settings):
    key = sheet.cache_key
    with translation.override("en"):
        assert sheet.cache_key != key
    settings.PAGE_CACHE_VERSION = "a-later-deploy"
    assert sheet.cache_key != key
