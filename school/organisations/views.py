from django.template.response import TemplateResponse
from wagtail.models import Page


def reserved_response(request, page, reserved_pk):
    """The 403 page for a signed-in person outside the audience of ``reserved_pk`` (a
    page with an audience, ``page`` itself or above it): whom it is for, whom to ask."""
    reserved = Page.objects.get(pk=reserved_pk).specific
    return TemplateResponse(
        request,
        "organisations/reserved.html",
        {"page": page, "reserved": reserved, "organisations": list(reserved.organisations.all())},
        status=403,
    )
