"""``/sitemap.xml``: the pages a search engine may list, as a signed-out reader sees them.

Wagtail's sitemap lists the live pages without view restrictions; every
``filter_visible_pages`` hook (``videos.visibility.scoped``: a course's audience) then
narrows them for a signed-out reader, whoever asks, so that no page reserved to
signed-in people or to organisations is named there.
"""

from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.sitemaps import Sitemap

from videos.visibility import scoped


class ScopedSitemap(Sitemap):
    def items(self):
        return scoped(super().items(), AnonymousUser())
