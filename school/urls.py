from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

from . import media, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_media, name="media")
    ]

urlpatterns += [path("", include(wagtail_urls))]
