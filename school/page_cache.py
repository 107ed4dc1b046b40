"""A server-side cache of Wagtail pages for anonymous readers.

Built on Django's own cache framework because the Wagtail-specific packages do not
support Wagtail 8 yet. Only published pages served by Wagtail to readers without a
session are stored; anything personal (a session cookie, a non-GET method, a response
that sets a cookie — such as a CSRF token — or says it is private) goes straight
through. The key is the URL alone: an anonymous page does not depend on any other
header, and Django's Vary-based keys would split entries on every stray cookie.
Responses keep their ``Vary: Cookie`` so shared HTTP caches stay careful.

Publishing, unpublishing, moving or deleting a page clears the whole cache, since the
home page and brick pages list their children; so does adding or removing a view
restriction, so that a page made private is never served from the cache.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

CACHE_HEADER = "X-Page-Cache"


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


def request_may_use_cache(request):
    return request.method in ("GET", "HEAD") and settings.SESSION_COOKIE_NAME not in request.COOKIES


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
            cached[CACHE_HEADER] = "hit"
            return cached

        response = self.get_response(request)
        if response_may_be_stored(request, response):
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response[CACHE_HEADER] = "miss"
        return response
