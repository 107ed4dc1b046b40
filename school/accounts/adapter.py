"""allauth's adapter with the school's one spelling of an address."""

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.utils.translation import gettext as _

from .models import MAX_ADDRESS_LENGTH, normalize_address


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        """Every address typed on the site (sign-up, a new address, a reset) is stored
        and looked up as the user model stores it: allauth alone lower-cases only, so a
        look-alike spelling could open a second account on the same mailbox; and it would
        cut an address longer than the column instead of saying so."""
        email = normalize_address(super().clean_email(email))
        if len(email) > MAX_ADDRESS_LENGTH:
            raise forms.ValidationError(
                _("Une adresse e-mail compte au plus %(max)d caractères.")
                % {"max": MAX_ADDRESS_LENGTH}
            )
        return email
