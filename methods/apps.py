from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "methods"
    verbose_name = _("Fiches méthodes")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .published import forget, forget_when_watched

        post_save.connect(forget_when_watched, dispatch_uid="published_save")
        post_delete.connect(forget_when_watched, dispatch_uid="published_delete")
        # Publishing and moving write some rows without a model save.
        page_published.connect(forget, dispatch_uid="published_publish")
        page_unpublished.connect(forget, dispatch_uid="published_unpublish")
        post_page_move.connect(forget, dispatch_uid="published_move")
