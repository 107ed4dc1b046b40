"""Sections that apps above the content apps add to their pages, through hooks.

``home``, ``methods`` and ``videos`` may not import the school's apps; a hook lets those
apps add what they own (a course list on the home page, courses in search results)
where the content apps list things. Each hook returns a dict with a ``template`` to
include (with ``section`` in its context), or None.
"""

from wagtail import hooks


def sections(hook_name, *args):
    found = (hook(*args) for hook in hooks.get_hooks(hook_name))
    return [section for section in found if section]
