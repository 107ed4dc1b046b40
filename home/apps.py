from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .editors import remember_editor_access

        user_logged_in.connect(remember_editor_access, dispatch_uid="remember_editor_access")
