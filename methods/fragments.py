"""Pages whose templates keep fragments with Wagtail's ``{% wagtailpagecache %}``."""

from django.conf import settings
from django.utils.translation import get_language


class FragmentCacheKeyMixin:
    """Adds the language and the deploy version to Wagtail's ``cache_key`` (the key of
    ``{% wagtailpagecache %}``, which adds the site): fragments hold translated labels
    and the deploy's markup, so one stored in another language or before a deploy is
    never shown. The page cache is cleared whole on every publication, so fragments kept
    in it (``using="pages"``) never outlive the content they show."""

    def get_cache_key_components(self):
        return [*super().get_cache_key_components(), get_language(), settings.PAGE_CACHE_VERSION]


def fragment_seconds(request):
    """Context processor: how long templates keep their fragments (``content_cache_seconds``),
    the page cache's time, in every template (pages, and the includes other apps list)."""
    return {"content_cache_seconds": settings.PAGE_CACHE_SECONDS}
