"""The project's URLs plus the baselines: a bare Django view, and one that inserts a row."""

from django.db import connection, transaction
from django.http import HttpResponse
from django.urls import include, path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from bench import INSERT_TABLE

_PRIMARY_KEY = {"postgresql": "serial PRIMARY KEY", "sqlite": "integer PRIMARY KEY"}
_table_ready = False  # per worker; the warm-up's first request creates it, one at a time


def bare(request):
    return HttpResponse("ok")


@csrf_exempt  # bench only: the floor of a write, without the CSRF check's cost
def insert(request):
    """One row in a tiny table, in a transaction of its own: the least any write costs."""
    global _table_ready
    if not _table_ready:
        key = _PRIMARY_KEY[connection.vendor]
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE TABLE IF NOT EXISTS {INSERT_TABLE} (id {key}, at text)")
        _table_ready = True
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {INSERT_TABLE} (at) VALUES (%s)",  # noqa: S608 - a constant
            [timezone.now().isoformat()],
        )
    return HttpResponse("ok")


urlpatterns = [
    path("bench/bare/", bare, name="bench_bare"),
    path("bench/insert/", insert, name="bench_insert"),
    path("", include("school.urls")),
]
