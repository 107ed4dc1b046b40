"""Cohorts of the test organisations, with learners and trainers, made as the views do."""

import datetime

import pytest

from school.cohorts.models import Cohort, CohortMember
from school.organisations.models import Audience, Role
from tests.courses import conftest as courses
from tests.courses.conftest import make_course, person  # noqa: F401 - for the tests here

# The courses' fixtures, for the tests of this folder too.
course_index, orgs, people, sheets = (
    courses.course_index,
    courses.orgs,
    courses.people,
    courses.sheets,
)


def make_cohort(organisation, course, trainers=(), learners=(), name="Cohorte test", **dates):
    cohort = Cohort.objects.create(
        name=name,
        organisation=organisation,
        course=course,
        starts_on=dates.get("starts_on", datetime.date(2026, 3, 1)),
        ends_on=dates.get("ends_on", datetime.date(2026, 6, 30)),
    )
    cohort.trainers.set(trainers)
    for learner in learners:
        CohortMember.objects.create(cohort=cohort, user=learner)
    return cohort


@pytest.fixture
def shared_course(course_index, sheets, orgs):
    return make_course(
        course_index, "Parcours A", sheets, Audience.ORGANISATIONS, [orgs["A"], orgs["B"]]
    )


@pytest.fixture
def crowd(orgs):
    """Learners of A (and one of both A and B), a trainer of B."""
    both = person("deux@example.org", (orgs["A"], Role.MEMBER), (orgs["B"], Role.MEMBER))
    return {
        "a1": person("a1@example.org", (orgs["A"], Role.MEMBER)),
        "a2": person("a2@example.org", (orgs["A"], Role.MEMBER)),
        "both": both,
        "b_trainer": person("formateur-b@example.org", (orgs["B"], Role.TRAINER)),
    }


@pytest.fixture
def cohort_a(orgs, people, crowd, shared_course):
    return make_cohort(
        orgs["A"],
        shared_course,
        trainers=[people["a_trainer"]],
        learners=[crowd["a1"], crowd["a2"], crowd["both"]],
        name="Cohorte A",
    )


@pytest.fixture
def cohort_b(orgs, crowd, shared_course):
    return make_cohort(
        orgs["B"], shared_course, trainers=[crowd["b_trainer"]], learners=[crowd["both"]],
        name="Cohorte B",
    )  # fmt: skip
