"""Wagtail's page routing, with one query per level of the tree instead of two."""


class SpecificChildRouteMixin:
    """``Page.route`` as Wagtail does it, reading the child as its own model at once.

    Wagtail reads the child as a plain ``Page``, then again as its specific class: two
    queries per level of the address. A page asks for the child as its first allowed
    child model (``subpage_types``, most visited first) directly; a child of any other
    type is left to Wagtail's own two queries. Each level's ``route()`` still runs in
    turn, so a guard in a parent and a ``RoutablePageMixin`` sub-route keep their place,
    and nothing is remembered between requests.
    """

    def route(self, request, path_components):
        child_models = type(self).allowed_subpage_models()
        if path_components and child_models:
            child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self  # as Wagtail does, for get_parent()
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
