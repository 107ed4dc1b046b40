from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    """The home association and its partners, people's roles in them, and the scoping
    rules: who may see what (``scoping.py``)."""

    name = "school.organisations"
    label = "organisations"
    verbose_name = _("Organisations")
    default_auto_field = "django.db.models.BigAutoField"
