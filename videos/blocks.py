"""The video block a trainer places in a sheet."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class VideoChooserBlock(SnippetChooserBlock):
    """Loads every video of a sheet, with captions, chapters and files, at once."""

    def __init__(self, **kwargs):
        super().__init__("videos.VideoTraining", **kwargs)

    def bulk_to_python(self, values):
        values = list(values)
        videos = self.model_class.objects.filter(pk__in=[v for v in values if v]).for_player()
        by_pk = {video.pk: video for video in videos}
        return [by_pk.get(value) for value in values]

    def deconstruct(self):
        # Migrations record a plain SnippetChooserBlock: the subclass is not needed there.
        _path, _args, kwargs = super().deconstruct()
        return ("wagtail.snippets.blocks.SnippetChooserBlock", ("videos.VideoTraining",), kwargs)


class VideoBlock(blocks.StructBlock):
    video = VideoChooserBlock(label=_("Vidéo-formation"))
    intro = blocks.CharBlock(
        label=_("Phrase d’introduction"),
        required=False,
        max_length=300,
        help_text=_("Facultatif : pourquoi regarder cette vidéo à ce moment de la séance."),
    )

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "videos/blocks/video.html"
        description = _("Une vidéo-formation sous-titrée, avec sa transcription.")
        preview_value = {"video": None, "intro": "Regardez cette vidéo avant la séance."}
        preview_template = "videos/blocks/video_preview.html"
