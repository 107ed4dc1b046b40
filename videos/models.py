"""Video-trainings: captioned, light on data, reusable across sheets.

``VideoFile`` is the site's media model (wagtailmedia) with content checks;
``VideoTraining`` is the snippet a trainer places in sheets: the video (an uploaded file
or an allowed external link), its light version, poster, captions, transcript and
chapters. ``VideoLibraryPage`` lists at ``/videos/`` the published ones a reader may see
(``videos.access``).
"""

import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import DraftStateMixin, Orderable, Page, RevisionMixin
from wagtail.search import index
from wagtailmedia.models import ALLOWED_EXTENSIONS_THUMBNAIL, AbstractMedia
from wagtailmedia.settings import wagtailmedia_settings

from .external import parse_external_url, validate_external_url
from .forms import VideoTrainingForm
from .probe import probe_video
from .validators import (
    format_timecode,
    parse_timecode,
    sniff_media_kind,
    validate_timecode,
    validate_webvtt_file,
)
from .visibility import is_editor, pages_showing

CAPTION_LANGUAGES = [
    ("fr", _("Français")),
    ("en", _("Anglais")),
    ("ar", _("Arabe")),
    ("es", _("Espagnol")),
    ("pt", _("Portugais")),
    ("nl", _("Néerlandais")),
    ("de", _("Allemand")),
    ("it", _("Italien")),
    ("tr", _("Turc")),
    ("wo", _("Wolof")),
]


class VideoFile(AbstractMedia):
    """An uploaded audio or video file, checked by content and size on upload."""

    class Meta(AbstractMedia.Meta):
        verbose_name = _("fichier vidéo ou audio")
        verbose_name_plural = _("fichiers vidéo ou audio")

    def clean(self):
        self._check_extensions()
        super().clean()
        upload = self.file
        if not upload or getattr(upload, "_committed", True):
            return  # no new upload to check
        limit = settings.VIDEO_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise ValidationError(
                {
                    "file": _("Ce fichier dépasse la taille maximale de %(max)d Mo.")
                    % {"max": limit // (1024 * 1024)}
                }
            )
        upload.seek(0)
        kind = sniff_media_kind(upload.read(512))
        upload.seek(0)
        expected = self.type or "video"
        if kind != expected:
            raise ValidationError(
                {
                    "file": _("Ce fichier n’est pas une vidéo lisible (MP4, WebM, Ogg…).")
                    if expected == "video"
                    else _("Ce fichier n’est pas un fichier audio lisible.")
                }
            )
        self._read_duration(upload)

    def _check_extensions(self):
        """wagtailmedia's ``clean`` checks these too, but as an error of the whole form;
        checked first here, each refusal shows next to its field."""
        allowed = {
            "file": wagtailmedia_settings.AUDIO_EXTENSIONS
            if self.type == "audio"
            else wagtailmedia_settings.VIDEO_EXTENSIONS,
            "thumbnail": ALLOWED_EXTENSIONS_THUMBNAIL,
        }
        errors = {}
        for name, extensions in allowed.items():
            value = getattr(self, name)
            if value and extensions:
                try:
                    FileExtensionValidator(extensions)(value)
                except ValidationError as error:
                    errors[name] = error
        if errors:
            raise ValidationError(errors)

    def _read_duration(self, upload):
        if self.duration and self.width:
            return
        path = getattr(upload.file, "temporary_file_path", lambda: None)()
        if path:
            info = probe_video(path)
        else:
            with tempfile.NamedTemporaryFile(suffix=Path(upload.name).suffix) as copy:
                for chunk in upload.chunks():
                    copy.write(chunk)
                copy.flush()
                info = probe_video(copy.name)
            upload.seek(0)
        self.duration = self.duration or round(info.get("duration", 0), 2)
        self.width = self.width or info.get("width")
        self.height = self.height or info.get("height")


class VideoTrainingQuerySet(models.QuerySet):
    def for_player(self):
        """Everything the player needs, in a fixed number of queries."""
        return self.select_related("video_file", "light_file", "poster").prefetch_related(
            "captions", "chapters", "poster__renditions"
        )


class VideoTraining(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A video-training: one film, its captions and transcript, placed in any sheet."""

    objects = VideoTrainingQuerySet.as_manager()

    title = models.CharField(_("titre"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    video_file = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"],
        verbose_name=_("fichier vidéo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La vidéo déposée sur le site."),
    )
    light_file = models.ForeignKey(
        settings.WAGTAILMEDIA["MEDIA_MODEL"],
        verbose_name=_("version légère"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Une version en basse résolution, pour qui a peu de données."),
    )
    external_url = models.URLField(
        _("ou lien externe"),
        blank=True,
        validators=[validate_external_url],
        help_text=_("YouTube, Vimeo ou une instance PeerTube autorisée."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image d’affiche"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.PositiveIntegerField(
        _("durée (secondes)"),
        null=True,
        blank=True,
        help_text=_("Lue dans le fichier quand c’est possible ; sinon, à indiquer."),
    )
    transcript = models.TextField(
        _("transcription"),
        blank=True,
        help_text=_("Tout ce qui est dit et montré, pour qui ne peut pas écouter."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="videotraining")

    base_form_class = VideoTrainingForm
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("light_file"),
                FieldPanel("external_url"),
                FieldPanel("poster"),
                FieldPanel("duration"),
            ],
            heading=_("La vidéo"),
        ),
        InlinePanel("captions", label=_("Sous-titres")),
        FieldPanel("transcript"),
        InlinePanel("chapters", label=_("Chapitres")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("id"),  # search keeps to the videos a reader may see
    ]

    class Meta:
        verbose_name = _("vidéo-formation")
        verbose_name_plural = _("vidéo-formations")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.external_url and self.video_file_id:
            raise ValidationError(
                {
                    "external_url": _(
                        "Choisissez soit un fichier, soit un lien externe, pas les deux."
                    )
                }
            )
        if not self.external_url and not self.video_file_id:
            raise ValidationError(
                {"video_file": _("Déposez un fichier vidéo ou indiquez un lien externe.")}
            )
        if self.external_url and not self.duration:
            raise ValidationError(
                {"duration": _("Indiquez la durée : elle ne peut pas être lue sur un autre site.")}
            )

    @property
    def length(self):
        """Duration in whole seconds: the one entered, else the file's."""
        if self.duration:
            return self.duration
        if self.video_file and self.video_file.duration:
            return round(self.video_file.duration)
        return None

    @property
    def length_display(self):
        return format_timecode(self.length) if self.length else ""

    @property
    def external(self):
        """The ExternalVideo for an external link, else None."""
        return parse_external_url(self.external_url) if self.external_url else None

    @cached_property
    def default_track(self):
        """The caption track shown by default: the first in the page's language."""
        language = (get_language() or "fr")[:2]
        return next((t for t in self.captions.all() if t.language == language), None)

    @property
    def revisions(self):
        return self._revisions

    @property
    def is_playable(self):
        return bool(self.external_url or self.video_file)

    @property
    def file_size(self):
        return _file_size(self.video_file)

    @property
    def light_size(self):
        return _file_size(self.light_file)


def _file_size(media):
    """Bytes on disk, or None when the file is missing (a deleted upload)."""
    try:
        return media.file.size if media else None
    except (OSError, ValueError):
        return None


CAPTION_FOLDER = "captions"


def caption_path(instance, filename):
    """``captions/<name>.vtt`` whatever the uploaded name: the stored name says what the
    content was checked to be, so no server ever serves a caption as HTML or SVG. Inner
    dots go too (``x.html.vtt`` → ``x-html.vtt``): some servers read every extension."""
    stem = Path(filename).name.rpartition(".")[0] or Path(filename).name
    if stem.lower().endswith(".vtt"):
        stem = stem[:-4]
    stem = stem.replace(".", "-").strip("-") or "sous-titres"
    return f"{CAPTION_FOLDER}/{stem}.vtt"


class CaptionTrack(Orderable):
    """A WebVTT caption file in one language."""

    video = ParentalKey(VideoTraining, related_name="captions", on_delete=models.CASCADE)
    language = models.CharField(_("langue"), max_length=12, choices=CAPTION_LANGUAGES)
    label = models.CharField(
        _("intitulé"), max_length=60, help_text=_("Ce que voit l’apprenant·e : « Français ».")
    )
    file = models.FileField(
        _("fichier WebVTT (.vtt)"),
        upload_to=caption_path,
        validators=[
            FileExtensionValidator(
                ["vtt"], message=_("Déposez un fichier WebVTT dont le nom finit par « .vtt ».")
            ),
            validate_webvtt_file,
        ],
    )

    panels = [FieldPanel("language"), FieldPanel("label"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("sous-titres")
        verbose_name_plural = _("sous-titres")


class Chapter(Orderable):
    """A named point in the video that a trainee can jump to."""

    video = ParentalKey(VideoTraining, related_name="chapters", on_delete=models.CASCADE)
    start = models.CharField(
        _("début"),
        max_length=12,
        validators=[validate_timecode],
        help_text=_("minutes:secondes, par exemple 1:30"),
    )
    title = models.CharField(_("titre"), max_length=200)

    panels = [FieldPanel("start"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("chapitre")
        verbose_name_plural = _("chapitres")

    @property
    def seconds(self):
        try:
            return parse_timecode(self.start)
        except ValueError:
            return 0

    @property
    def start_display(self):
        return format_timecode(self.seconds)


class VideoLibraryPage(RoutablePageMixin, Page):
    """The published video-trainings a reader may see, with where (``/videos/``); a
    video no sheet shows yet (editors only see those) has its own page below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("vidéothèque")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = self.videos_for(request)
        return context

    @path("<int:video_id>/", name="video")
    def video_page(self, request, video_id):
        """One video on its own, under the same rule as the list: visible where a sheet
        the reader may open shows it, or to editors."""
        video = VideoTraining.objects.filter(live=True, pk=video_id).for_player().first()
        if video is None:
            raise Http404
        video.used_in = pages_showing(request, [video.pk]).get(video.pk, [])
        if not (video.used_in or is_editor(request.user)):
            raise Http404
        return self.render(
            request, context_overrides={"video": video}, template="videos/video_page.html"
        )

    @staticmethod
    def videos_for(request):
        """Published videos that ``request`` may see, each with ``used_in``: the live
        pages showing it that the reader may open (``videos.visibility``). Editors also
        get the videos no such page shows yet."""
        videos = list(VideoTraining.objects.filter(live=True).for_player())
        showing = pages_showing(request, [video.pk for video in videos])
        for video in videos:
            video.used_in = showing.get(video.pk, [])
        if all(video.used_in for video in videos) or is_editor(request.user):
            return videos
        return [video for video in videos if video.used_in]
