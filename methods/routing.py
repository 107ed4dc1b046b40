"""Wagtail's page routing, with one query per level of the tree instead of two."""

from django.http import Http404
from wagtail.models import Page

# The model a child address was last found as, per (parent, slug), in this process.
# A hint about which table to read first, never an answer: the row is still read from
# the database, under this parent, on every request; a wrong or stale hint only costs
# Wagtail's own lookup. It says nothing about who may see the page.
_CHILD_MODEL_HINTS = {}
_MAX_HINTS = 4096  # only addresses that were found are kept; a flood of them resets it


class SpecificChildRouteMixin:
    """``Page.route`` as Wagtail does it, reading the child as its own model at once.

    Wagtail reads the child as a plain ``Page``, then again as its specific class: two
    queries per level of the address. A page asks for the child directly as the model
    that address was last found as in this process, else as its first allowed child
    model (``subpage_types``, most visited first); when that misses, Wagtail's own two
    queries find it and the model is remembered for next time. Each level's ``route()``
    still runs in turn, so a guard in a parent and a ``RoutablePageMixin`` sub-route
    keep their place. Its lookup stands in for ``Page.route``'s, so it must come
    right before ``Page`` among the bases (checked when the class is made).
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        after = cls.__mro__[cls.__mro__.index(SpecificChildRouteMixin) + 1 :]
        following = next((base for base in after if "route" in vars(base)), None)
        if following is not None and vars(following)["route"] is not Page.route:
            raise TypeError(f"{cls.__name__}: SpecificChildRouteMixin must come before Page")

    def route(self, request, path_components):
        child_models = type(self).allowed_subpage_models()
        if not path_components or not child_models:
            return super().route(request, path_components)
        slug = path_components[0]
        hint = (self.pk, slug)
        model = _CHILD_MODEL_HINTS.get(hint, child_models[0])
        child = model.objects.child_of(self).filter(slug=slug).first()
        if child is None:
            # Wagtail's own lookup: the child as a plain page, then as its own model
            try:
                child = self.get_children().get(slug=slug).specific
            except self.base_page_model.DoesNotExist as missing:
                raise Http404 from missing
            _remember(hint, type(child))
        child._cached_parent_obj = self  # as Wagtail does, for get_parent()
        return child.route(request, path_components[1:])


def _remember(hint, model):
    if len(_CHILD_MODEL_HINTS) >= _MAX_HINTS:
        _CHILD_MODEL_HINTS.clear()
    _CHILD_MODEL_HINTS[hint] = model
