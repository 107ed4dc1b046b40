"""The hooks the library calls, declared next to their dispatchers.

``sheet_done_by``: ``fn(user) -> expression | None``. An expression over
``MethodSheetPage`` rows, true for the sheets ``user`` has done (the learning core
registers it: the library may not import it). Listings put it in their own statement,
so a brick list with the learner's tallies stays one query.
"""

from wagtail import hooks

SHEET_DONE_BY = "sheet_done_by"


def sheet_done_by(user):
    """The first expression a ``sheet_done_by`` hook gives for ``user``, else None."""
    if not user.is_authenticated:
        return None
    for hook in hooks.get_hooks(SHEET_DONE_BY):
        found = hook(user)
        if found is not None:
            return found
    return None
