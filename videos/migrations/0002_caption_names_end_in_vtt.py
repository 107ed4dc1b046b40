import django.core.validators
from django.db import migrations, models

import videos.models
import videos.validators


def rename_captions(apps, schema_editor):
    """Caption files stored before names were forced to ``.vtt`` (``captions/x.html``) get
    a ``.vtt`` name: their content was checked as WebVTT when they were uploaded."""
    CaptionTrack = apps.get_model("videos", "CaptionTrack")
    storage = CaptionTrack._meta.get_field("file").storage
    for track in CaptionTrack.objects.exclude(file__iendswith=".vtt"):
        old = track.file.name
        if not old or not storage.exists(old):
            continue
        with storage.open(old, "rb") as handle:
            track.file.name = storage.save(videos.models.caption_path(track, old), handle)
        track.save(update_fields=["file"])
        storage.delete(old)


class Migration(migrations.Migration):
    dependencies = [
        ("videos", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="captiontrack",
            name="file",
            field=models.FileField(
                upload_to=videos.models.caption_path,
                validators=[
                    django.core.validators.FileExtensionValidator(
                        ["vtt"], message="Déposez un fichier WebVTT dont le nom finit par « .vtt »."
                    ),
                    videos.validators.validate_webvtt_file,
                ],
                verbose_name="fichier WebVTT (.vtt)",
            ),
        ),
        migrations.RunPython(rename_captions, migrations.RunPython.noop),
    ]
