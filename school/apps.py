from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolConfig(AppConfig):
    name = "school"
    verbose_name = _("École")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from .admin_auth import verify_staff_address
        from .page_cache import clear_page_cache, purge_frontend_cache

        user_model = get_user_model()
        post_save.connect(
            verify_staff_address, sender=user_model, dispatch_uid="verify_staff_address"
        )

        # A changed page can appear in the listings of others: clear everything.
        page_published.connect(clear_page_cache, dispatch_uid="page_cache_publish")
        page_unpublished.connect(clear_page_cache, dispatch_uid="page_cache_unpublish")
        post_page_move.connect(clear_page_cache, dispatch_uid="page_cache_move")
        post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page_cache_delete")
        # A page made private, a new site: the pages served change at once. An image or
        # a document: the pages showing it are not published again (its renditions are
        # left out, since the first view of a page makes them).
        for model in (PageViewRestriction, Site, get_image_model(), get_document_model()):
            for signal in (post_save, post_delete):
                signal.connect(
                    clear_page_cache,
                    sender=model,
                    dispatch_uid=f"page_cache_{model.__name__}_{signal is post_save}",
                )
        # Snippets shown inside pages (video-trainings) change what pages render too.
        published.connect(clear_page_cache, dispatch_uid="page_cache_snippet_publish")
        unpublished.connect(clear_page_cache, dispatch_uid="page_cache_snippet_unpublish")
        post_delete.connect(
            clear_page_cache, sender="videos.VideoTraining", dispatch_uid="page_cache_video_delete"
        )
        # A CDN in front (off unless WAGTAILFRONTENDCACHE is set): purged again on commit.
        page_published.connect(purge_frontend_cache, dispatch_uid="frontend_cache_publish")
        page_unpublished.connect(purge_frontend_cache, dispatch_uid="frontend_cache_unpublish")
