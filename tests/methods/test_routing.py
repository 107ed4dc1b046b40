"""Routing reads each level's child as its own model in one query, using what this
process last found at that address as a hint, never as an answer."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from methods import routing
from methods.routing import SpecificChildRouteMixin
from videos.models import VideoLibraryPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_hints():
    """Rows of earlier tests may have had these ids (a hint only ever costs queries)."""
    routing._CHILD_MODEL_HINTS.clear()


def route(parent, slug):
    """The page ``parent`` routes ``slug`` to, and the queries it took."""
    with CaptureQueriesContext(connection) as captured:
        found = parent.route(RequestFactory().get(f"/{slug}/"), [slug])
    return found.page, len(captured.captured_queries)


def test_a_child_of_another_type_costs_one_query_once_it_was_found(site_tree):
    home = site_tree[0].specific
    library = VideoLibraryPage.objects.child_of(home).get()  # not the home's first type
    first, first_queries = route(home, library.slug)
    again, again_queries = route(home, library.slug)
    assert first.pk == again.pk == library.pk
    assert isinstance(again, VideoLibraryPage)
    assert first_queries == 3  # a brick index asked for, then Wagtail's own two
    assert again_queries == 1


def test_a_stale_hint_never_answers(site_tree):
    # The address was a video library, then the library went and a plain page took its
    # slug: the hint says where to look first; the page found is the one there now.
    home = site_tree[0].specific
    library = VideoLibraryPage.objects.child_of(home).get()
    slug = library.slug
    assert route(home, slug)[0].pk == library.pk
    library.delete()
    plain = home.add_child(instance=Page(title="Une page simple", slug=slug))
    found, _queries = route(home, slug)
    assert found.pk == plain.pk
    assert type(found) is Page


def test_a_hint_for_a_page_moved_away_finds_nothing_there(site_tree, brick):
    home = site_tree[0].specific
    library = VideoLibraryPage.objects.child_of(home).get()
    assert route(home, library.slug)[0].pk == library.pk
    library.move(brick, pos="last-child")
    with pytest.raises(Http404):
        route(home, library.slug)


def test_the_mixin_must_stand_in_for_pages_own_route():
    # Before another route() (a routable page's sub-routes), its lookup would skip them.
    with pytest.raises(TypeError, match="must come before Page"):
        type(
            "Wrong",
            (SpecificChildRouteMixin, RoutablePageMixin, Page),
            {"__module__": "home.models", "Meta": type("Meta", (), {"app_label": "home"})},
        )
