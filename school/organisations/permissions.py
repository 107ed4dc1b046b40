"""Permissions that come with a role: a coordinator manages their organisation's roles.

An authentication backend that authenticates nobody and only answers ``has_perm``:
Django's way of adding permissions from elsewhere than groups. The role is read from
the database with the person's other roles, once per request (``scoping.roles``), so a
coordinator whose role is removed, by any means, loses the admin on the next request.
What the permissions reach is narrowed by ``scoping`` (their organisations only).
"""

from .scoping import coordinated_organisation_ids

COORDINATOR_PERMISSIONS = frozenset(
    {
        "wagtailadmin.access_admin",
        "organisations.add_membership",
        "organisations.change_membership",
        "organisations.delete_membership",
        "organisations.view_membership",
    }
)


class RolePermissionBackend:
    def authenticate(self, request, **credentials):
        return None

    def get_all_permissions(self, user, obj=None):
        if not user.is_active or not user.is_authenticated or obj is not None:
            return set()
        return set(COORDINATOR_PERMISSIONS) if coordinated_organisation_ids(user) else set()

    def has_perm(self, user, perm, obj=None):
        return perm in COORDINATOR_PERMISSIONS and perm in self.get_all_permissions(user, obj)

    def has_module_perms(self, user, app_label):
        return any(perm.startswith(f"{app_label}.") for perm in self.get_all_permissions(user))
