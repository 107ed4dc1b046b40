from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolConfig(AppConfig):
    name = "school"
    verbose_name = _("École")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from .page_cache import clear_page_cache

        # A changed page can appear in the listings of others: clear everything.
        page_published.connect(clear_page_cache, dispatch_uid="page_cache_publish")
        page_unpublished.connect(clear_page_cache, dispatch_uid="page_cache_unpublish")
        post_page_move.connect(clear_page_cache, dispatch_uid="page_cache_move")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page_cache_delete")
        # Snippets shown inside pages (video-trainings) change what pages render too.
        published.connect(clear_page_cache, dispatch_uid="page_cache_snippet_publish")
        unpublished.connect(clear_page_cache, dispatch_uid="page_cache_snippet_unpublish")
        post_delete.connect(
            clear_page_cache, sender="videos.VideoTraining", dispatch_uid="page_cache_video_delete"
        )
