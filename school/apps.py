from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolConfig(AppConfig):
    """The learning core: progress rows and their rules, ``/progress/``, ``/me/``.

    Signals are wired in ``school.ops.signals``, the user model is ``school.accounts``.
    """

    name = "school"
    verbose_name = _("École")
