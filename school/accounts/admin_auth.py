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
    """The active user with that address and Wagtail admin access, or None."""
    user = get_user_model()._default_manager.filter(email=normalize_address(email)).first()
    if user is not None and user.has_perm("wagtailadmin.access_admin"):
        return user  # has_perm is False for an inactive user
    return None


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


def verify_staff_address(sender, instance, created, raw=False, **kwargs):
    """post_save of the user model: staff made by ``createsuperuser`` or the admin.

    Their address is the one an administrator gave, so it is verified from the start:
    nobody else's copy of it can then be verified, or tried at the site's sign-in.
    """
    email = normalize_address(instance.email)
    # Not on a raw save (loaddata, a test database restored): its addresses come with it.
    if raw or not created or not email or not (instance.is_staff or instance.is_superuser):
        return
    if not EmailAddress.objects.filter(email=email, verified=True).exists():
        EmailAddress.objects.create(user=instance, email=email, verified=True, primary=True)
