"""The home page of the school."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from methods.models import BrickIndexPage, BrickPage
from methods.routing import SpecificChildRouteMixin

from .sections import sections


class HomePage(SpecificChildRouteMixin, Page):
    """What the school is, and the bricks in order; the root of the site."""

    tagline = models.CharField(_("accroche"), max_length=200, blank=True)
    intro = RichTextField(_("présentation"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("tagline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    # In this order: the bricks are where most addresses lead (methods/routing.py).
    subpage_types = ["methods.BrickIndexPage", "videos.VideoLibraryPage", "courses.CourseIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = BrickIndexPage.objects.live().descendant_of(self).first()
        context["brick_index"] = index_page
        # A list: the template shows them, and "Commencer ici" may lead to the first.
        bricks = list(BrickPage.listing(index_page)) if index_page else []
        context["bricks"] = bricks
        context["first_step"] = first_step(request, bricks)
        # What the apps above this one add (courses): each hook gives a section or None.
        context["sections"] = sections("home_page_sections", request)
        return context


def first_step(request, bricks):
    """Where "Commencer ici" leads: the page an app above offers newcomers through the
    ``home_first_step`` hook (the course open to everyone), else the first brick."""
    for hook in hooks.get_hooks("home_first_step"):
        page = hook(request)
        if page is not None:
            return page
    return bricks[0] if bricks else None
