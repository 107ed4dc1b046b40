"""The cached signed-in user never outlives a change to the account."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(django_user_model):
    return django_user_model.objects.create_user("lea", "lea@example.org", "pw")


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    assert client.get("/me/").status_code == 200  # the user is now cached
    return client


def is_signed_in(client):
    return client.get("/me/").status_code == 200


def test_the_user_row_is_read_once(signed_in):
    with CaptureQueriesContext(connection) as queries:
        assert is_signed_in(signed_in)
    assert not any('FROM "auth_user"' in q["sql"] for q in queries)


def test_a_new_password_signs_the_other_sessions_out(signed_in, learner):
    learner.set_password("un nouveau secret")
    learner.save()
    assert not is_signed_in(signed_in)


def test_a_deactivated_account_is_signed_out(signed_in, learner):
    learner.is_active = False
    learner.save()
    assert not is_signed_in(signed_in)


def test_a_deleted_account_is_signed_out(signed_in, learner):
    learner.delete()
    assert not is_signed_in(signed_in)


def test_wagtail_bulk_deactivation_signs_out(client, signed_in, learner, django_user_model):
    from django.test import Client

    admin = Client()
    admin.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    response = admin.post(
        f"/admin/bulk/auth/user/set_active_state/?id={learner.pk}", {"mark_as_active": "False"}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert not is_signed_in(signed_in)
