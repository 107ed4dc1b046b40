"""The admin's cohorts: administrators only, through the same form and checks."""

import pytest

from school.cohorts.models import Cohort

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin@example.org", "pw-admin-long")


def test_an_administrator_lists_and_edits_cohorts(client, admin_user, cohort_a, cohort_b):
    client.force_login(admin_user)
    page = client.get("/admin/cohortes/")
    assert page.status_code == 200
    assert "Cohorte A" in page.content.decode() and "Cohorte B" in page.content.decode()
    edit = client.get(f"/admin/cohortes/edit/{cohort_a.pk}/")
    assert edit.status_code == 200
    assert "organisation" not in edit.context["form"].fields  # fixed once created


def test_the_admin_form_refuses_an_end_before_the_start(client, admin_user, orgs, shared_course):
    client.force_login(admin_user)
    data = {"name": "Mauvaise", "organisation": orgs["A"].pk, "course": shared_course.pk,
            "starts_on": "2026-09-01", "ends_on": "2026-08-01"}  # fmt: skip
    response = client.post("/admin/cohortes/new/", data)
    assert response.status_code == 200
    assert not Cohort.objects.filter(name="Mauvaise").exists()


def test_trainers_and_coordinators_have_no_cohort_admin(client, people, cohort_a):
    for who in ("a_trainer", "a_coordinator"):
        client.force_login(people[who])
        for url in ["/admin/cohortes/", f"/admin/cohortes/edit/{cohort_a.pk}/"]:
            assert client.get(url).status_code in (302, 403), (who, url)
