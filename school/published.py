"""What is published, kept in each worker's memory until something is published.

``POST /progress/`` checks every event against a few facts about published content:
which sheets are live, how long each live video is and which sheet shows it, and which
site serves the request's host. They change only when someone publishes, yet asking the
database costs several queries per event. So each worker keeps them in a ``Published``
snapshot, stamped with a token kept in the shared page cache
(``settings.PAGE_CACHE_ALIAS``): a request reads the token (one cache read), and when it
is gone or different the snapshot is read again.

The snapshot never answers who may see what: view restrictions are read from the
database on every request (Wagtail's own checks, ``school/progress_api.py``), so a
restriction written by any means holds at once. What the snapshot holds is only ever
used to refuse an event sooner or to know a video's length.

Publishing, unpublishing, moving or deleting a page, publishing or deleting a video, a
video file or a site change deletes the token, at once and again when the transaction
commits (a reader in between could have read the old state); a draft save does not. The
token also expires after ``STAMP_SECONDS``, which bounds the life of a snapshot when the
database was changed without signals (a raw SQL update).
"""

import secrets
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from methods.models import MethodSheetPage
from videos.models import VideoTraining
from videos.placements import placements

STAMP_KEY = "published:stamp"
STAMP_SECONDS = 300
MAX_HOSTS = 32


class LiveVideo(NamedTuple):
    pk: int
    length: int | None  # whole seconds, None when unknown


@dataclass
class Published:
    stamp: str | None
    sheets: frozenset  # pks of the live sheets
    videos: dict  # pk -> LiveVideo
    placements: frozenset  # (page pk, video pk) for every video block of a page
    sites: dict = field(default_factory=dict)  # (hostname, port) -> Site or None

    def site_for(self, hostname, port):
        """Wagtail's own choice of site for a host, remembered with its root page.

        At most ``MAX_HOSTS`` hosts are remembered: past that (a client sending made-up
        ``Host`` headers where ALLOWED_HOSTS lets them through) Wagtail is asked again.
        """
        key = (hostname, port)
        if key in self.sites:
            return self.sites[key]
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        if len(self.sites) < MAX_HOSTS:
            self.sites[key] = site
        return site


def load(stamp):
    videos = (
        VideoTraining.objects.filter(live=True)
        .select_related("video_file")
        .only("id", "duration", "video_file__id", "video_file__duration")
    )
    return Published(
        stamp=stamp,
        sheets=frozenset(MethodSheetPage.objects.live().values_list("pk", flat=True)),
        videos={video.pk: LiveVideo(video.pk, video.length) for video in videos},
        placements=frozenset((page, video) for video, page in placements()),
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


def forget_on_signal(sender=None, **kwargs):
    """Receiver for the signals of a publication, a move or a deletion (methods/apps.py)."""
    forget()


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
