"""The school's identity for browsers and phones: the web manifest and ``/favicon.ico``.

The icons themselves are static files drawn for the project (``static/school/icons/``,
PNGs made by ``scripts/make_icons.py``); these views only point at them under the names
browsers ask for, with the hashed URLs of the deployed static files.
"""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

THEME_COLOUR = "#8c1c2c"  # --accent in school.css
ICONS = [
    # (file, size, purpose): the full-bleed PNGs keep the mark in the safe zone.
    ("school/icons/favicon.svg", "any", "any"),
    ("school/icons/icon-192.png", "192x192", "any maskable"),
    ("school/icons/icon-512.png", "512x512", "any maskable"),
]
TYPES = {"svg": "image/svg+xml", "png": "image/png"}
DAY = 24 * 60 * 60


@require_safe
@cache_control(public=True, max_age=DAY)
def web_manifest(request):
    manifest = {
        "name": _("École de la citoyenneté"),
        "short_name": _("École citoyenne"),
        "description": _("Les fiches méthodes de l’organisation collective."),
        "lang": get_language(),
        "start_url": "/",
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {
                "src": static(path),
                "sizes": sizes,
                "type": TYPES[path.rsplit(".", 1)[1]],
                "purpose": purpose,
            }
            for path, sizes, purpose in ICONS
        ],
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
@cache_control(public=True, max_age=DAY)
def favicon(request):
    """Browsers ask for ``/favicon.ico`` whatever the page links: the static file."""
    return redirect(static("school/icons/favicon.ico"), permanent=True)
