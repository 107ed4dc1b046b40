from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import UserCreationForm, UserEditForm


class UserViewSet(WagtailUserViewSet):
    """Wagtail's user admin (``SchoolUsersConfig``) with the school's fields."""

    template_prefix = "accounts/admin/users/"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
