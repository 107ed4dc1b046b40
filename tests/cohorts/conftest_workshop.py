"""Fixtures for the workshop tests (imported by test_workshops.py, not a conftest, so
the other cohort tests keep their own): a cohort of organisation A on a course of three
sheets, its trainer, learners, a trainer of organisation B."""

from datetime import timedelta

import pytest
from django.utils import timezone

from school.cohorts.models import Cohort, CohortMember, Workshop
from school.organisations.models import Role
from tests.courses.conftest import course_index, make_course, orgs, people, person, sheets

__all__ = [
    "add_learners",
    "cohort",
    "course",
    "course_index",
    "orgs",
    "outsider_trainer",
    "past_workshop",
    "people",
    "sheets",
    "trainer",
]

DAY = timedelta(days=1)


def add_learners(cohort, count, joined_at=None, prefix="appr"):
    """``count`` learners of the cohort's organisation, in the cohort since
    ``joined_at`` (a month ago by default), named so they sort in creation order."""
    joined_at = joined_at or timezone.now() - 30 * DAY
    learners = []
    for number in range(count):
        user = person(
            f"{prefix}{cohort.pk}-{number:02d}@example.org", (cohort.organisation, Role.MEMBER)
        )
        user.display_name = f"{prefix.capitalize()} {number:02d}"
        user.save(update_fields=["display_name"])
        CohortMember.objects.create(cohort=cohort, user=user, joined_at=joined_at)
        learners.append(user)
    return learners


@pytest.fixture
def course(course_index, sheets):
    return make_course(course_index, "Parcours atelier", sheets[:3])


@pytest.fixture
def trainer(orgs):
    return person("formatrice-a@example.org", (orgs["A"], Role.TRAINER))


@pytest.fixture
def outsider_trainer(orgs):
    return person("formatrice-b@example.org", (orgs["B"], Role.TRAINER))


@pytest.fixture
def cohort(orgs, course, trainer):
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name="Cohorte de printemps",
        organisation=orgs["A"],
        course=course,
        starts_on=today - 60 * DAY,
        ends_on=today + 60 * DAY,
    )
    cohort.trainers.add(trainer)
    return cohort


@pytest.fixture
def past_workshop(cohort, sheets):
    """A week ago, on the course's first sheet."""
    return Workshop.objects.create(
        cohort=cohort,
        date=timezone.localdate() - 7 * DAY,
        starts_at="18:00",
        ends_at="20:00",
        place="Maison de quartier",
        sheet=sheets[0],
    )
