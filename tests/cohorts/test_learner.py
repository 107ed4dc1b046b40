"""A learner's side of cohorts: "Mon parcours", leaving, her data export and erasure."""

import json

import pytest

from school.cohorts.models import CohortMember, EmailInvitation

pytestmark = pytest.mark.django_db


def test_mon_parcours_shows_her_cohort_and_who_sees_what(client, cohort_a, crowd, people):
    client.force_login(crowd["a1"])
    page = client.get("/me/").content.decode()
    assert "Cohorte A" in page
    assert people["a_trainer"].name in page
    assert "voient votre progression sur son parcours, et rien d’autre" in page
    assert "0 étapes sur 4" in page or "0 étape sur 4" in page


def test_she_leaves_a_cohort(client, cohort_a, crowd):
    client.force_login(crowd["a1"])
    response = client.post(f"/me/cohortes/{cohort_a.pk}/quitter/")
    assert response.status_code == 302
    member = CohortMember.objects.get(cohort=cohort_a, user=crowd["a1"])
    assert member.left_at is not None
    assert "Mes cohortes" not in client.get("/me/").content.decode()
    assert client.post(f"/me/cohortes/{cohort_a.pk}/quitter/").status_code == 404  # once
    assert client.get(f"/me/cohortes/{cohort_a.pk}/quitter/").status_code == 405


def test_she_cannot_leave_someone_elses_cohort(client, cohort_b, crowd):
    client.force_login(crowd["a1"])
    assert client.post(f"/me/cohortes/{cohort_b.pk}/quitter/").status_code == 404


def test_her_export_has_her_cohorts(client, cohort_a, crowd):
    EmailInvitation.objects.create(cohort=cohort_a, email=crowd["a1"].email)
    client.force_login(crowd["a1"])
    data = json.loads(client.get("/me/data/").content)
    assert [c["cohort"] for c in data["cohorts"]] == ["Cohorte A"]
    assert data["attendance"] == []
    assert data["cohort_invitations_by_address"] == ["Cohorte A"]
    assert data["courses_completed"] == []


def test_erasure_removes_memberships_and_invitations(client, cohort_a, crowd):
    learner = crowd["a1"]
    EmailInvitation.objects.create(cohort=cohort_a, email=learner.email)
    client.force_login(learner)
    response = client.post("/me/delete/", {"password": "pw-" + learner.email})
    assert response.status_code == 302
    assert not CohortMember.objects.filter(user_id=learner.pk).exists()
    assert not EmailInvitation.objects.filter(email=learner.email).exists()
