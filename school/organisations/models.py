"""Organisations (the home association and each partner) and people's roles in them.

A person may hold several roles, in several organisations: one row per role. What a
role lets someone see is decided in ``scoping.py``, from these rows, on every request.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Organisation(index.Indexed, models.Model):
    name = models.CharField(_("nom"), max_length=200, unique=True)
    short_name = models.CharField(_("nom court"), max_length=60, blank=True)
    city = models.CharField(_("ville"), max_length=100, blank=True)
    country = models.CharField(_("pays"), max_length=100, blank=True)
    default_language = models.CharField(
        _("langue par défaut"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("contact"), max_length=120, blank=True)
    contact_email = models.EmailField(_("adresse de contact"), blank=True)
    is_home = models.BooleanField(
        _("association d’accueil"),
        default=False,
        help_text=_("L’association qui fait l’école ; une seule."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        MultiFieldPanel([FieldPanel("city"), FieldPanel("country")], heading=_("Lieu")),
        FieldPanel("default_language"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("is_home"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_home"], condition=Q(is_home=True), name="one_home_organisation"
            )
        ]

    def __str__(self):
        return self.short_name or self.name


class Role(models.TextChoices):
    MEMBER = "member", _("membre")
    TRAINER = "trainer", _("formateur·rice")
    COORDINATOR = "coordinator", _("coordination")


class Membership(models.Model):
    """One role of one person in one organisation."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(_("depuis le"), auto_now_add=True)

    panels = [FieldPanel("organisation"), FieldPanel("user"), FieldPanel("role")]

    class Meta:
        verbose_name = _("rôle dans une organisation")
        verbose_name_plural = _("rôles dans les organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user", "role"], name="one_role_per_person_and_org"
            )
        ]
        indexes = [models.Index(fields=["user", "organisation"], name="membership_by_user")]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.organisation}"


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Tout le monde")
    SIGNED_IN = "signed_in", _("Les personnes connectées")
    ORGANISATIONS = "organisations", _("Les organisations choisies")


class SharedWithOrganisations(models.Model):
    """Who a page is for: everyone, signed-in people, or chosen organisations.

    Abstract, so that the scoping rules (``scoping.py``) apply to any page that has an
    audience (courses today) without this app importing the apps above it.
    """

    audience = models.CharField(
        _("public"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    organisations = ParentalManyToManyField(
        Organisation,
        verbose_name=_("organisations"),
        blank=True,
        related_name="+",
        help_text=_(
            "Pour « Les organisations choisies » : leurs membres, formateur·rices et coordination."
        ),
    )

    # Sharing with one more partner, or one fewer, is one tick (then publish).
    audience_panels = [
        FieldPanel("audience", widget=forms.RadioSelect),
        FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta:
        abstract = True
