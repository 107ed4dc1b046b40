"""The cached signed-in user never outlives a change to the account."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(signed_in):
    assert signed_in.get("/me/").status_code == 200  # the user is now cached
    return signed_in


def is_signed_in(client):
    return client.get("/me/").status_code == 200


def test_the_user_row_is_read_once(cached):
    with CaptureQueriesContext(connection) as queries:
        assert is_signed_in(cached)
    assert not any('FROM "auth_user"' in q["sql"] for q in queries)


def test_a_new_password_signs_the_other_sessions_out(cached, learner):
    learner.set_password("un nouveau secret")
    learner.save()
    assert not is_signed_in(cached)


def test_a_deactivated_account_is_signed_out(cached, learner):
    learner.is_active = False
    learner.save()
    assert not is_signed_in(cached)


def test_a_deleted_account_is_signed_out(cached, learner):
    learner.delete()
    assert not is_signed_in(cached)


def test_wagtail_bulk_deactivation_signs_out(client, cached, learner, django_user_model):
    from django.test import Client

    admin = Client()
    admin.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    response = admin.post(
        f"/admin/bulk/auth/user/set_active_state/?id={learner.pk}", {"mark_as_active": "False"}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert not is_signed_in(cached)
