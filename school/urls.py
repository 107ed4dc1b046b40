from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

from . import learner_views, media, progress_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("progress/", progress_api.progress_endpoint, name="progress"),
    path("me/", learner_views.dashboard, name="learner_dashboard"),
    path("me/data/", learner_views.export_data, name="learner_data"),
    path("me/delete/", learner_views.delete_account, name="learner_delete"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_media, name="media")
    ]

urlpatterns += [path("", include(wagtail_urls))]
