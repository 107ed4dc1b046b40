"""The school's user: signs in with an email address, shown by a name they choose.

One name field rather than first and last names: learners come from many countries
and naming customs, and the school only ever needs to address them.
"""

import unicodedata

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

# What an address may be (RFC 5321's path limit, and the column's).
MAX_ADDRESS_LENGTH = 254


def normalize_address(email):
    """One spelling per mailbox, so that no two accounts share one: compatibility
    characters folded (a fullwidth "ｅ" is an "e"), the domain in its ASCII form (the
    one mail is sent to: "exämple.org" is "xn--exmple-cua.org"), all lower case."""
    email = unicodedata.normalize("NFKC", email or "").strip()
    local, at, domain = email.rpartition("@")
    if at:
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            pass  # not a domain name: the form's validation refuses it
    return f"{local}{at}{domain}".lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalize_address(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **fields):
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **fields)

    def get_by_natural_key(self, email):
        return self.get(email=normalize_address(email))


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("adresse e-mail"), unique=True, max_length=MAX_ADDRESS_LENGTH)
    display_name = models.CharField(
        _("nom affiché"),
        max_length=80,
        blank=True,
        help_text=_("Comme vous voulez qu’on vous appelle : un prénom, un surnom…"),
    )
    preferred_language = models.CharField(
        _("langue préférée"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("personne")
        verbose_name_plural = _("personnes")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.email = normalize_address(self.email)

    def save(self, *args, **kwargs):
        self.email = normalize_address(self.email)
        super().save(*args, **kwargs)

    @property
    def name(self):
        """What the site calls the person: their display name, else their address's
        first part (never an id or a generated handle)."""
        return self.display_name.strip() or self.email.split("@", 1)[0]

    def get_full_name(self):
        return self.name

    def get_short_name(self):
        return self.name


def user_display(user):
    """allauth's ``ACCOUNT_USER_DISPLAY``: the name in its messages ("Connecté·e en tant
    que …")."""
    return user.name
