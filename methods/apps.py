from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "methods"
    verbose_name = _("Fiches méthodes")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .published import forget_when_watched

        # Publishing, unpublishing and moving save the page too; what they write
        # without a save (descendants' paths) is in the same transaction, and the
        # token is deleted again when it commits.
        post_save.connect(forget_when_watched, dispatch_uid="published_save")
        post_delete.connect(forget_when_watched, dispatch_uid="published_delete")
