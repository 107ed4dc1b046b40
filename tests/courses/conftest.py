"""Organisations, people in them and courses, built as the admin would."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from school.courses.models import CoursePage, CourseStep
from school.courses.setup import ensure_course_index
from school.organisations.models import Audience, Membership, Organisation, Role
from tests.factories import make_sheet, publish


def person(email, *roles):
    """An active account with a verified address and ``roles``: (organisation, role)."""
    user = get_user_model().objects.create_user(email, "pw-" + email, display_name=email[:8])
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for organisation, role in roles:
        Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


def make_course(
    index, title, sheets, audience=Audience.EVERYONE, organisations=(), notes=(), **fields
):
    course = index.add_child(
        instance=CoursePage(
            title=title, slug=title.lower().replace(" ", "-"), summary=f"Résumé de {title}",
            audience=audience, live=False, **fields,
        )
    )  # fmt: skip
    for number, sheet in enumerate(sheets):
        note = notes[number] if number < len(notes) else ""
        CourseStep.objects.create(course=course, sheet=sheet, note=note, sort_order=number)
    course.organisations.set(organisations)
    return publish(course)


@pytest.fixture
def course_index(site_tree):
    return ensure_course_index(site_tree[0])


@pytest.fixture
def orgs(db):
    return {
        "home": Organisation.objects.create(name="Alliance (test)", is_home=True),
        "A": Organisation.objects.create(
            name="Partenaire A", contact_name="Coord A", contact_email="coord@a.example"
        ),
        "B": Organisation.objects.create(name="Partenaire B"),
    }


@pytest.fixture
def sheets(brick):
    return [make_sheet(brick, f"Fiche {n}", duration=30 + n) for n in range(1, 5)]


@pytest.fixture
def people(orgs):
    return {
        "home_member": person("maison@example.org", (orgs["home"], Role.MEMBER)),
        "a_member": person("membre-a@example.org", (orgs["A"], Role.MEMBER)),
        "a_trainer": person("formateur-a@example.org", (orgs["A"], Role.TRAINER)),
        "a_coordinator": person("coord-a@example.org", (orgs["A"], Role.COORDINATOR)),
        "b_member": person("membre-b@example.org", (orgs["B"], Role.MEMBER)),
    }
