"""Password checks that allauth and Wagtail leave unlimited, counted in allauth's limits.

allauth's password change compares the current password directly (only its own
"change_password" limit applies): ``ChangePasswordForm`` checks it as allauth's
reauthentication form does, through the adapter, so failures also count in the
sign-in's "login_failed" buckets of that account.

Wagtail compares the password a page or a collection is protected with, without any
limit. ``throttled_password_view`` counts each failure in allauth's "login_failed" limits
(``ACCOUNT_RATE_LIMITS``): per client address, the same bucket as the sign-in forms, and
per restriction instead of per account. A success gives its attempt back, as allauth's
sign-in does, so a group typing the right password together is never stopped by it.
allauth has the limiter but not this glue for someone else's view, and Wagtail has none.
"""

from functools import wraps

from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter

# allauth's own sign-in uses this module: its usage objects can be given back, which
# the public ``allauth.core.ratelimit.consume`` (a bare True/False) does not allow.
from allauth.core.internal import ratelimit


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    """allauth's form (``ACCOUNT_FORMS["change_password"]``), the current password checked
    like on allauth's reauthentication form: raises "too many attempts" once limited."""

    def clean_oldpassword(self):
        password = self.cleaned_data.get("oldpassword", "")
        if not get_adapter().reauthenticate(self.user, password):
            raise get_adapter().validation_error("enter_current_password")
        return password


def throttled_password_view(view, kind, restriction_arg):
    """``view`` answers a right password with a redirect and a wrong one with its form;
    ``restriction_arg`` names its URL argument holding the restriction's id."""

    @wraps(view)
    def throttled(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        usage = ratelimit.consume(
            request,
            app="allauth.account",
            action="login_failed",
            key=f"{kind}-restriction:{kwargs[restriction_arg]}",
        )
        if usage is None:
            return ratelimit.respond_429(request)
        response = view(request, *args, **kwargs)
        if response.status_code == 302:
            usage.rollback()
        return response

    return throttled
