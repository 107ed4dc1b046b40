"""Forms around the school's user: Wagtail's user admin and the site's sign-up."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users import forms as wagtail_forms

from .models import User

# The school's fields instead of Wagtail's first and last names (school.accounts.models).
PROFILE_FIELDS = {"display_name", "preferred_language"}


class UserCreationForm(wagtail_forms.UserCreationForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = (wagtail_forms.UserCreationForm.Meta.fields - {"first_name", "last_name"}) | (
            PROFILE_FIELDS
        )


class UserEditForm(wagtail_forms.UserEditForm):
    first_name = None
    last_name = None

    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = (wagtail_forms.UserEditForm.Meta.fields - {"first_name", "last_name"}) | (
            PROFILE_FIELDS
        )


class SignupForm(forms.Form):
    """allauth's ``ACCOUNT_SIGNUP_FORM_CLASS``: its sign-up form plus a display name."""

    display_name = forms.CharField(
        label=_("Comment voulez-vous qu’on vous appelle ?"),
        help_text=_("Facultatif : un prénom, un surnom. Il s’affichera sur votre parcours."),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    """What a person may change about themselves on ``/me/profil/``."""

    class Meta:
        model = User
        fields = ["display_name", "preferred_language"]
        widgets = {"display_name": forms.TextInput(attrs={"autocomplete": "nickname"})}

    def clean_display_name(self):
        return self.cleaned_data["display_name"].strip()
