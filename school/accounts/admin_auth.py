"""The Wagtail admin's sign-in, limited like the site's, and verified staff addresses.

Wagtail's sign-in form (Django's ``AuthenticationForm``) has no throttle, and with the
email backend installed it also signed learners in by email, past allauth's limits and
its email verification. ``AdminLoginForm`` checks the password through allauth's
adapter, so failures count in allauth's own "login_failed" buckets (per client address
and per address typed, in the shared default cache); neither allauth nor Wagtail offers
that for Wagtail's form. It accepts only the address of someone with admin access:
learners sign in on the site's form, where the address must be verified.
"""

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .models import normalize_address


def admin_named(email):
    """The active user with that verified address and Wagtail admin access, or None.

    Verified as on the site's sign-in: someone who signed up with an address they do
    not own, and was then given admin access, cannot sign in here without its code."""
    email = normalize_address(email)
    user = get_user_model()._default_manager.filter(email=email).first()
    if user is None or not user.has_perm("wagtailadmin.access_admin"):
        return None  # has_perm is False for an inactive user
    if not EmailAddress.objects.filter(user=user, email=email, verified=True).exists():
        return None
    return user


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form (``WAGTAILADMIN_USER_LOGIN_FORM``), throttled by allauth."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")  # Wagtail's field has none

    def clean(self):
        # Django's sign-in form calls its identifier field "username"; here an address.
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = self.authenticate(username, password)
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data

    def authenticate(self, username, password):
        adapter = get_adapter(self.request)
        user = admin_named(username)
        if user is None:
            # Counted as a failure under the address typed (the bucket the site's form
            # uses for it), as long as a password check; raises once limited.
            adapter.pre_authenticate(self.request, email=normalize_address(username))
            get_user_model()().set_password(password)
            return None
        # allauth's password re-check: counted under the account's email, the key its
        # sign-in uses, and given back on success. Raises once limited.
        if not adapter.reauthenticate(user, password):
            return None
        # Any of our backends reads the user back from the session by id.
        user.backend = settings.AUTHENTICATION_BACKENDS[0]
        return user


def sync_address(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """post_save of the user model: allauth's record of the address follows the account.

    - Staff made by ``createsuperuser`` or the admin: their address is the one an
      administrator gave, so it is verified from the start; nobody else's copy of it can
      then be verified, or tried at the site's sign-in.
    - An address changed outside allauth (Wagtail's user admin, a shell): the old one no
      longer signs in nor receives password resets, and the new one is verified only when
      an administrator gave it to someone with admin access; anyone else confirms it with
      a code at their next sign-in. allauth's own change keeps its records itself.
    """
    email = normalize_address(instance.email)
    # Not on a raw save (loaddata, a test database restored): its addresses come with it;
    # nor when the address was not saved (a sign-in saves last_login only).
    if raw or not email or (update_fields is not None and "email" not in update_fields):
        return
    trusted = instance.is_staff or instance.is_superuser
    if created:
        if trusted and not EmailAddress.objects.filter(email=email, verified=True).exists():
            EmailAddress.objects.create(user=instance, email=email, verified=True, primary=True)
        return
    addresses = EmailAddress.objects.filter(user=instance)
    if addresses.filter(email=email).exists():
        return
    addresses.delete()
    trusted = trusted or instance.has_perm("wagtailadmin.access_admin")
    taken = EmailAddress.objects.filter(email=email, verified=True).exists()
    EmailAddress.objects.create(
        user=instance, email=email, verified=trusted and not taken, primary=True
    )
