from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "methods"
    verbose_name = _("Fiches méthodes")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, Site
        from wagtail.signals import (
            page_published,
            page_unpublished,
            post_page_move,
            published,
            unpublished,
        )

        from videos.models import VideoFile, VideoTraining

        from .published import forget_on_signal

        # What the published snapshot is made of changes on these, never on a draft save.
        for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
            signal.connect(forget_on_signal, dispatch_uid=f"published_{id(signal)}")
        for model in (Page, VideoTraining):
            post_delete.connect(
                forget_on_signal, sender=model, dispatch_uid=f"published_delete_{model.__name__}"
            )
        for model in (VideoFile, Site):  # a video's length; which site serves a host
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_on_signal,
                    sender=model,
                    dispatch_uid=f"published_{model.__name__}_{signal is post_save}",
                )
