"""The demo content shared by the browser tests really comes back whole each time."""

import json
import re

import pytest
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Page

from methods.models import MethodSheetPage
from tests.e2e.conftest import flush_database

pytestmark = pytest.mark.e2e


def objects(serialized):
    """The serialized objects, in a stable order.

    Django's JSON serializer keeps milliseconds only: a time stored with
    microseconds below one millisecond comes back as ``…:04Z`` rather than
    ``…:04.000Z`` once restored, which is the same instant.
    """
    serialized = re.sub(r"(T\d\d:\d\d:\d\d)\.000(?=Z|[+-]\d)", r"\1", serialized)
    return sorted(json.dumps(obj, sort_keys=True) for obj in json.loads(serialized))


def test_the_demo_comes_back_exactly_from_its_copy(demo, demo_database):
    snapshot = demo_database["json"]
    sheets = sum(obj["model"] == "methods.methodsheetpage" for obj in json.loads(snapshot))
    assert sheets > 0
    assert MethodSheetPage.objects.live().count() == sheets

    # What happens between two tests: the database is emptied, the copy reloaded.
    creation = connections[DEFAULT_DB_ALIAS].creation
    flush_database()
    assert not Page.objects.exists()
    creation.deserialize_db_from_string(snapshot)

    assert objects(creation.serialize_db_to_string()) == objects(snapshot)
    assert MethodSheetPage.objects.live().count() == sheets
    # The full-text index came back too (on SQLite, a separate FTS5 table).
    assert MethodSheetPage.objects.live().search("porte").count() > 0
