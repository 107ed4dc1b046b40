"""The trainer's forms: a cohort."""

from django import forms
from django.utils.translation import gettext_lazy as _

from school.organisations.models import Organisation

from .access import courses_for, creatable_organisation_ids, possible_trainers
from .models import Cohort


class DateInput(forms.DateInput):
    input_type = "date"


class CohortForm(forms.ModelForm):
    """A cohort in one of the organisations the person leads; the organisation cannot
    change once the cohort exists. Its course must be one that organisation may see,
    its trainers people who lead in it."""

    class Meta:
        model = Cohort
        fields = ["name", "organisation", "course", "starts_on", "ends_on", "trainers"]
        widgets = {
            "starts_on": DateInput(format="%Y-%m-%d"),
            "ends_on": DateInput(format="%Y-%m-%d"),
            "trainers": forms.CheckboxSelectMultiple,
        }

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["organisation"]
            organisations = Organisation.objects.filter(pk=self.instance.organisation_id)
        else:
            organisations = Organisation.objects.filter(pk__in=creatable_organisation_ids(user))
            self.fields["organisation"].queryset = organisations
            self.fields["organisation"].empty_label = None
        # Offered: what any of these organisations may have; checked against the one
        # chosen in clean().
        self.fields["course"].queryset = courses_for(organisations)
        self.fields["trainers"].queryset = possible_trainers(organisations)
        self.fields["trainers"].required = False
        self.fields["trainers"].help_text = _(
            "Les formateur·rices et la coordination de l’organisation."
        )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("La fin ne peut pas précéder le début."))
        organisation = cleaned.get("organisation") or self.instance_organisation()
        course = cleaned.get("course")
        if organisation and course and not courses_for([organisation]).filter(pk=course.pk):
            self.add_error("course", _("Ce parcours n’est pas ouvert à cette organisation."))
        trainers = cleaned.get("trainers")
        if organisation and trainers:
            allowed = set(possible_trainers([organisation]).values_list("pk", flat=True))
            if any(trainer.pk not in allowed for trainer in trainers):
                self.add_error(
                    "trainers", _("Choisissez des formateur·rices de cette organisation.")
                )
        return cleaned

    def instance_organisation(self):
        return self.instance.organisation if self.instance.pk else None
