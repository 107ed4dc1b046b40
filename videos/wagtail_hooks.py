from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import VideoTraining


class VideoTrainingViewSet(SnippetViewSet):
    model = VideoTraining
    icon = "media"
    menu_label = _("Vidéo-formations")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "length_display", "live"]
    search_fields = ["title", "description"]


register_snippet(VideoTrainingViewSet)
