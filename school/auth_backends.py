"""Authentication backends that remember the signed-in user for a short while.

Django reads the user row on every signed-in request; the progress endpoint and the
sheet page do little else, so that read was a large share of their cost. The backends
below keep the user in the shared default cache for ``USER_CACHE_SECONDS``. Saving or
deleting a user forgets it at once (a new password therefore still signs out the other
sessions, a deactivated account is refused), and so does Wagtail's bulk "deactivate"
action, which updates rows without saving models. Permissions are not cached: they are
read per request as before.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import backends, get_user_model
from django.core.cache import cache

USER_CACHE_SECONDS = 120


def user_cache_key(user_id):
    return f"auth-user:{user_id}"


def forget_user(sender=None, instance=None, **kwargs):
    """post_save / post_delete receiver for the user model."""
    if instance is not None and instance.pk is not None:
        cache.delete(user_cache_key(instance.pk))


def forget_users(request, action_type, objects, action_class_instance):
    """Wagtail's ``after_bulk_action`` hook: users changed by a queryset update."""
    if objects and isinstance(objects[0], get_user_model()):
        cache.delete_many([user_cache_key(user.pk) for user in objects])


class CachedUserMixin:
    def get_user(self, user_id):
        key = user_cache_key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)  # None for an unknown or inactive user
            if user is not None:
                cache.set(key, user, USER_CACHE_SECONDS)
        return user


class ModelBackend(CachedUserMixin, backends.ModelBackend):
    """Username and password (the Wagtail admin's sign-in form)."""


class EmailBackend(CachedUserMixin, AuthenticationBackend):
    """Email and password (the learners' sign-in, django-allauth)."""
