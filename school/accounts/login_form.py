"""The site's sign-in form: allauth's, said plainly.

Apart from ``forms.py`` because allauth's forms module imports that one (its
``ACCOUNT_SIGNUP_FORM_CLASS``) while it loads: this one imports allauth's.
"""

from allauth.account import forms as allauth_forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MISMATCH = "email_password_mismatch"


class LoginForm(allauth_forms.LoginForm):
    """``ACCOUNT_FORMS["login"]``: plain labels, and a wrong password said under the
    password field. allauth makes it an error of the whole form, which on a phone reads
    as belonging to whatever stands above it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Votre adresse e-mail")
        self.fields["password"].label = _("Votre mot de passe")
        # The page has its own "Mot de passe oublié ?" link: as the field's description,
        # a screen reader would repeat it each time the field is reached.
        self.fields["password"].help_text = ""
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)  # the label says it already

    def clean(self):
        try:
            return super().clean()
        except ValidationError as error:
            if error.code != MISMATCH:
                raise  # "too many attempts" concerns the whole form: said at its top
            self.add_error(
                "password",
                ValidationError(
                    _(
                        "Cette adresse e-mail et ce mot de passe ne vont pas ensemble. "
                        "Vérifiez-les, ou demandez un nouveau mot de passe."
                    ),
                    code=MISMATCH,
                ),
            )
            return self.cleaned_data
