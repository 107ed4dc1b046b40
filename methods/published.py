"""What is published, kept in each worker's memory until something changes.

Every signed-in request needs a few facts about published content: which site serves
the host, which live page sits at an address, which sheets are live, how long each live
video is and which sheet shows it, and whether any view restriction sits above a page.
They change only when someone publishes or edits, yet asking the database costs several
queries per request. So each worker keeps them in a ``Published`` snapshot, stamped with
a token kept in the shared page cache (``settings.PAGE_CACHE_ALIAS``): a request reads
the token (one cache read), and when it is gone or different the snapshot is read again.

Saving or deleting a page, a view restriction, a site or a video deletes the token, at
once and again when the transaction commits (a reader in between could have read the old
state). The token also expires after ``STAMP_SECONDS``, which bounds the life of a
snapshot when the database was changed without signals (a raw SQL update).

Only what is certain is answered from memory: an address the snapshot does not know is
routed by Wagtail as usual, and a page with a view restriction (or an alias) above it
gets Wagtail's own restriction query.
"""

import secrets
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.models.sites import get_site_for_hostname

from videos.models import VideoFile, VideoTraining

STAMP_KEY = "published:stamp"
STAMP_SECONDS = 300


class LiveSheet(NamedTuple):
    pk: int
    path: str
    url_path: str


class LiveVideo(NamedTuple):
    pk: int
    length: int | None  # whole seconds, None when unknown


class Route(NamedTuple):
    url_path: str
    pk: int
    depth: int
    content_type_id: int


@dataclass
class Published:
    stamp: str | None
    routes: dict  # url_path -> Route, live pages only
    sheets: dict  # pk -> LiveSheet
    videos: dict  # pk -> LiveVideo
    placements: frozenset  # (page pk, video pk) for every video block of a page
    restricted_paths: frozenset  # tree paths of pages carrying a view restriction
    alias_paths: frozenset  # tree paths of alias pages (restricted like their source)
    sites: dict = field(default_factory=dict)  # (hostname, port) -> Site or None

    def surely_unrestricted(self, path):
        """True when no view restriction can apply to the page at tree ``path``."""
        if not path:
            return False
        steplen = Page.steplen
        above = {path[:end] for end in range(steplen, len(path) + 1, steplen)}
        return above.isdisjoint(self.restricted_paths) and above.isdisjoint(self.alias_paths)

    def deepest_route(self, url_paths):
        """The deepest live page among ``url_paths``, or None."""
        known = [self.routes[url_path] for url_path in url_paths if url_path in self.routes]
        return max(known, key=lambda route: route.depth, default=None)

    def site_for(self, hostname, port):
        """Wagtail's own choice of site for a host, remembered with its root page."""
        key = (hostname, port)
        if key not in self.sites:
            try:
                self.sites[key] = get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                self.sites[key] = None
        return self.sites[key]


def load(stamp):
    from methods.models import MethodSheetPage  # models import this module

    page_type = ContentType.objects.get_for_model(Page)
    video_type = ContentType.objects.get_for_model(VideoTraining)

    videos = (
        VideoTraining.objects.filter(live=True)
        .select_related("video_file")
        .only("id", "duration", "video_file__id", "video_file__duration")
    )
    placed = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=video_type
    ).values_list("object_id", "to_object_id")
    return Published(
        stamp=stamp,
        routes={
            route.url_path: route
            for route in map(
                Route._make,
                Page.objects.live().values_list("url_path", "pk", "depth", "content_type_id"),
            )
        },
        sheets={
            row.pk: row
            for row in map(
                LiveSheet._make,
                MethodSheetPage.objects.live().values_list("pk", "path", "url_path"),
            )
        },
        videos={video.pk: LiveVideo(video.pk, video.length) for video in videos},
        placements=frozenset((int(page), int(video)) for page, video in placed),
        restricted_paths=frozenset(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        ),
        alias_paths=frozenset(
            Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
        ),
    )


_snapshot = None


def current():
    """This worker's snapshot, read again when the shared token has changed."""
    global _snapshot
    cache = caches[settings.PAGE_CACHE_ALIAS]
    stamp = cache.get(STAMP_KEY)
    if stamp is not None and _snapshot is not None and _snapshot.stamp == stamp:
        return _snapshot
    if stamp is None:
        # The token goes first, the reading after: a change committed after this
        # reading deletes the token again, so this snapshot cannot outlive it.
        cache.add(STAMP_KEY, secrets.token_hex(8), STAMP_SECONDS)
        stamp = cache.get(STAMP_KEY)  # another worker's token when it was quicker
    _snapshot = load(stamp)
    return _snapshot


def _delete_stamp():
    caches[settings.PAGE_CACHE_ALIAS].delete(STAMP_KEY)


def forget():
    """Published content changed: every worker reads it again."""
    _delete_stamp()
    transaction.on_commit(_delete_stamp)


WATCHED_MODELS = (Page, PageViewRestriction, Site, VideoTraining, VideoFile)


def forget_when_watched(sender, instance, **kwargs):
    """post_save / post_delete receiver: only the models the snapshot is made of."""
    if isinstance(instance, WATCHED_MODELS):
        forget()


class KnownRestrictionsMixin:
    """For page models: Wagtail checks view restrictions on every page it serves, with
    two queries; most pages have none above them, which the snapshot knows."""

    def get_view_restrictions(self):
        if current().surely_unrestricted(self.path):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class KnownSiteMiddleware:
    """Gives Wagtail the request's site from the snapshot instead of a query.

    Wagtail keeps the site it finds on ``request._wagtail_site`` (see
    ``Site.find_for_request``); setting it first, with the same choice made by Wagtail's
    own ``get_site_for_hostname``, saves that query and the root page's on every request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        try:
            request._wagtail_site = current().site_for(hostname, request.get_port())
        except DatabaseError:
            pass  # the view says what is wrong (/healthz answers 503)
        return self.get_response(request)
