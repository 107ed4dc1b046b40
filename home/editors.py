"""Who sees Wagtail's editing bar on the site, decided once per sign-in.

``wagtailuserbar`` loads every permission of the user on each page view; for the many
learners who can never edit, that was two queries per page. The answer is computed when
someone signs in and kept in their session (a permission granted later shows after the
next sign-in).
"""

EDITOR_SESSION_KEY = "school_may_edit"


def remember_editor_access(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[EDITOR_SESSION_KEY] = user.has_perm("wagtailadmin.access_admin")
