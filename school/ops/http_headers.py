"""Headers that protect every response: Content-Security-Policy and private caching.

The policies themselves are settings (``CONTENT_SECURITY_POLICY`` for the site,
``ADMIN_CONTENT_SECURITY_POLICY`` for ``/admin/``); django-csp builds and sends them.
Media responses set their own sandboxing policy (``school/media.py``), which this
middleware leaves as it is.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control


class SiteAndAdminCSPMiddleware(CSPMiddleware):
    """django-csp with a second, looser policy for Wagtail's admin.

    django-csp has one policy per site (and per-view decorators, which cannot reach
    Wagtail's own views); the admin needs inline scripts and styles that the public
    site never has, so the admin's policy is chosen here by path.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_prefix = settings.ADMIN_URL_PREFIX
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class PrivateWhenSignedInMiddleware:
    """``Cache-Control: private`` on every response to a signed-in person.

    Their pages carry personal progress and a CSRF token; ``Vary: Cookie`` alone lets a
    shared cache that ignores Vary keep them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
