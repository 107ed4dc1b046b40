"""Admin form of a video-training: checks that need the video and its chapters together."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from .validators import format_timecode, parse_timecode


class VideoTrainingForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        duration = cleaned.get("duration")
        media = cleaned.get("video_file")
        if not duration and media and media.duration:
            duration = media.duration
        chapters = self.formsets.get("chapters")
        if duration and chapters is not None:
            for form in chapters.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                start = form.cleaned_data.get("start")
                try:
                    seconds = parse_timecode(start)
                except ValueError:
                    continue
                if seconds > duration:
                    form.add_error(
                        "start",
                        _("Ce chapitre commence après la fin de la vidéo (%(end)s).")
                        % {"end": format_timecode(duration)},
                    )
        return cleaned
