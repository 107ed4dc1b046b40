"""A server-side cache of Wagtail pages for anonymous readers.

Built on Django's own cache framework because the Wagtail-specific packages do not
support Wagtail 8 yet (wagtail-cache 3.0 pins ``wagtail<8``). Only published pages
served by Wagtail to readers without a session are stored; anything personal (a cookie
other than the CSRF token, such as a session or a message waiting after sign-out, a
non-GET method, a response that sets a cookie or says it is private) goes straight
through, and so does any address with a query string (no unbounded variants). The key
is the URL alone. Responses keep their ``Vary: Cookie`` so shared HTTP caches stay
careful.

The cache never decides who may see a page: every hit first asks the database whether
the page is still live and free of view restrictions (one small query), so a page
made private or unpublished by any means, signals or not, is never handed out.
Publishing, unpublishing, moving or deleting a page clears the whole cache, since the
home page and brick pages list their children; so does a view restriction or site
change.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction

CACHE_HEADER = "X-Page-Cache"
# Set by the ``before_serve_page`` hook (school/wagtail_hooks.py): which page was served.
SERVED_PAGE_ATTRIBUTE = "served_page_id"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _clear():
    page_cache().clear()


def clear_page_cache(**kwargs):
    """Signal receiver: clears now, and again once the change is committed, since a
    reader served between the two would have stored the page as it was before."""
    _clear()
    transaction.on_commit(_clear)


def cache_key(request):
    url = request.build_absolute_uri()
    return "page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()


# The only cookie an anonymous page may be served from the cache with: Django sets the
# CSRF token on the first form seen, and it changes nothing on a page. Any other (a
# session, a message waiting to be shown after sign-out) means the page is personal.
CACHEABLE_COOKIES = frozenset({settings.CSRF_COOKIE_NAME})


def request_may_use_cache(request):
    """Anonymous GETs without a query string (each variant would be an entry: a flood
    of made-up ``?utm=`` would evict the real pages) and without personal cookies."""
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and CACHEABLE_COOKIES.issuperset(request.COOKIES)
    )


# One statement instead of Wagtail's three (the page, its ancestors, their restrictions):
# it runs on every cache hit. The same rule as ``Page.get_view_restrictions``: a
# restriction on the page or an ancestor counts, an alias counting its source's.
STILL_PUBLIC_SQL = """
SELECT 1 FROM wagtailcore_page page
WHERE page.id = %s AND page.live AND NOT EXISTS (
    SELECT 1 FROM wagtailcore_pageviewrestriction restriction
    JOIN wagtailcore_page above
        ON restriction.page_id = COALESCE(above.alias_of_id, above.id)
    WHERE above.path = SUBSTR(page.path, 1, LENGTH(above.path))
)
"""


def still_public(page_id):
    """True when the page is live and no view restriction applies to it, read from the
    database now: a restriction or an unpublication written without signals (a bulk
    insert, a restore) never lets the cache hand out a page that is no longer public."""
    with connection.cursor() as cursor:
        cursor.execute(STILL_PUBLIC_SQL, [page_id])
        return cursor.fetchone() is not None


def response_may_be_stored(request, response):
    match = getattr(request, "resolver_match", None)
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and match is not None
        and match.url_name == "wagtail_serve"
        and not response.cookies
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and not getattr(response, "streaming", False)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_may_use_cache(request):
            return self.get_response(request)

        cache = page_cache()
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            page_id, response = cached
            if still_public(page_id):
                response[CACHE_HEADER] = "hit"
                return response
            cache.delete(key)

        response = self.get_response(request)
        page_id = getattr(request, SERVED_PAGE_ATTRIBUTE, None)
        if page_id is not None and response_may_be_stored(request, response):
            cache.set(key, (page_id, response), settings.PAGE_CACHE_SECONDS)
            response[CACHE_HEADER] = "miss"
        return response
