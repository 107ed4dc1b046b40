from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content and ``manage.py load_demo``; no models of its own."""

    name = "school.demo"
    label = "school_demo"
    verbose_name = _("Démonstration")
