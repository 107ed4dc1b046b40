"""The project's URLs plus the baseline: a bare Django view."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/bare/", bare, name="bench_bare"),
    path("", include("school.urls")),
]
