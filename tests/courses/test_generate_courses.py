"""``manage.py generate_courses``: partners, their people and courses, re-runnable."""

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ReferenceIndex

from school.courses.models import CourseIndexPage, CoursePage, CourseStep
from school.organisations.models import Audience, Membership, Organisation
from tests.factories import make_sheet

pytestmark = pytest.mark.django_db

OPTIONS = {"organisations": 6, "courses": 20, "memberships": 30}


def generate(**options):
    out = StringIO()
    call_command("generate_courses", stdout=out, **{**OPTIONS, **options})
    return out.getvalue()


def snapshot():
    return (
        sorted(Organisation.objects.values_list("pk", "name")),
        sorted(CoursePage.objects.values_list("pk", "slug", "audience", "live")),
        sorted(CourseStep.objects.values_list("course_id", "sheet_id", "sort_order")),
        sorted(CoursePage.organisations.through.objects.values_list("pk", flat=True)),
        sorted(Membership.objects.values_list("user_id", "organisation_id", "role")),
        sorted(get_user_model().objects.values_list("pk", "email")),
    )


@pytest.fixture
def sheets(brick):
    return [make_sheet(brick, f"Fiche {n}", blocks=[]) for n in range(1, 13)]


def test_generates_partners_people_and_courses_then_adds_nothing(sheets):
    output = generate()

    assert Organisation.objects.count() == 6 and not Organisation.objects.filter(is_home=True)
    index = CourseIndexPage.objects.get()
    assert index.url_path.endswith("/parcours/")
    courses = CoursePage.objects.child_of(index)
    assert courses.count() == 20 and courses.live().count() == 20
    assert all(course.has_unpublished_changes is False for course in courses)
    mix = Counter(courses.values_list("audience", flat=True))
    assert mix == {Audience.EVERYONE: 3, Audience.SIGNED_IN: 3, Audience.ORGANISATIONS: 14}
    for course in courses:
        steps = list(course.steps.order_by("sort_order").values_list("sheet_id", flat=True))
        assert 5 <= len(steps) <= 12 and len(set(steps)) == len(steps)
        assert set(steps) <= {sheet.pk for sheet in sheets}
        shared = course.organisations.count()
        if course.audience == Audience.ORGANISATIONS:
            assert 1 <= shared <= 5
        else:
            assert shared == 0
        # published through a revision that holds the steps and the organisations
        latest = course.get_latest_revision_as_object()
        assert [step.sheet_id for step in latest.steps.all()] == steps
        # the reference index, written once per course, knows its steps' sheets
        used = ReferenceIndex.get_references_for_object(course).values_list("to_object_id")
        assert {int(pk) for (pk,) in used} >= set(steps)
    assert Membership.objects.count() == 30
    people = get_user_model().objects.filter(email__startswith="partner-")
    assert not any(person.has_usable_password() for person in people)
    roles = Counter(Membership.objects.values_list("user_id", flat=True))
    assert people.count() == len(roles) < 30  # some people have several roles
    assert "Parcours : 20 créés" in output and "Rôles : 30 créés" in output

    before = snapshot()
    again = generate()
    assert snapshot() == before
    assert "Organisations : 0 créées" in again
    assert "Parcours : 0 créés, 20 en tout (3 everyone, 3 signed_in, 14 organisations)" in again
    assert "Rôles : 0 créés" in again


def test_needs_published_sheets(site_tree):
    with pytest.raises(CommandError, match="load_demo"):
        generate()
