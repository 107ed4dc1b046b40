"""The home page of the school."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from methods import published
from methods.models import BrickIndexPage, BrickPage
from methods.published import KnownRestrictionsMixin


class HomePage(KnownRestrictionsMixin, Page):
    """What the school is, and the bricks in order; the root of the site."""

    tagline = models.CharField(_("accroche"), max_length=200, blank=True)
    intro = RichTextField(_("présentation"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("tagline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["methods.BrickIndexPage", "videos.VideoLibraryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def route(self, request, path_components):
        """Resolves a deep address with one query instead of one per level of the tree.

        Finds the deepest page whose ``url_path`` is a prefix of the address, then lets
        that page route the rest (a sheet's "imprimer/", or a 404), as Wagtail would.
        """
        if not path_components:
            return super().route(request, path_components)
        if any("\x00" in component for component in path_components):
            raise Http404
        prefixes = [
            self.url_path + "/".join(path_components[:count]) + "/"
            for count in range(1, len(path_components) + 1)
        ]
        deepest = None
        known = published.current().deepest_route(prefixes)
        if known is not None:  # the usual case: one query, for the page itself
            model = ContentType.objects.get_for_id(known.content_type_id).model_class()
            deepest = model.objects.filter(pk=known.pk, url_path=known.url_path).first()
        if deepest is None:  # an address the snapshot does not know (a draft, a 404)
            deepest = Page.objects.filter(url_path__in=prefixes).order_by("-depth").first()
            deepest = deepest.specific if deepest else None
        if deepest is None:
            raise Http404
        consumed = deepest.depth - self.depth
        return deepest.route(request, path_components[consumed:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = BrickIndexPage.objects.live().descendant_of(self).first()
        context["brick_index"] = index_page
        context["bricks"] = BrickPage.listing(index_page) if index_page else []
        return context
