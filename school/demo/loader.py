"""Installs the demo content: the ten bricks, their sheets, and demo accounts.

Re-runnable: pages are matched by slug and users by email address, and whatever already
exists is left exactly as it is (a trainer may have edited it).
"""

import importlib
import json
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image

from methods.models import BrickPage, MethodSheetPage, RelatedSheet
from school.editorial import LEAD_TRAINERS, TRAINERS, ensure_editorial_roles, ensure_site_tree
from videos.models import CaptionTrack, Chapter, VideoFile, VideoTraining
from videos.validators import format_timecode

from . import bricks as bricks_package
from . import videos as demo_videos

MEDIA_DIR = Path(__file__).resolve().parent / "media"

# Known passwords are only ever given to accounts created with DEBUG on; see README.
DEMO_USERS = [
    # email (the sign-in), display name, group, superuser, development password
    ("admin@ecole.example", "Administratrice", None, True, "demo-admin-ecole"),
    ("formatrice@ecole.example", "Fatou", TRAINERS, False, "demo-formatrice-ecole"),
    ("responsable@ecole.example", "Rachid", LEAD_TRAINERS, False, "demo-responsable-ecole"),
    ("apprenante@ecole.example", "Aline", None, False, "demo-apprenante-ecole"),
]

HOME_INTRO = (
    "<p>Les fiches méthodes de l’organisation collective, rangées en dix briques de "
    "formation : pour mobiliser ses voisin·es, animer une réunion, enquêter, négocier "
    "et gagner ensemble. Chaque fiche se lit sur un téléphone et s’imprime pour animer "
    "un atelier.</p>"
)


@dataclass
class DemoReport:
    bricks_created: int = 0
    sheets_created: int = 0
    videos_created: int = 0
    users_created: list = field(default_factory=list)


def brick_definitions():
    """The BRICK dict of every module in ``school.demo.bricks``, in file-name order."""
    modules = sorted(info.name for info in pkgutil.iter_modules(bricks_package.__path__))
    return [importlib.import_module(f"{bricks_package.__name__}.{name}").BRICK for name in modules]


def stream_json(blocks):
    """FORMAT.md's (type, value) pairs as StreamField raw JSON."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def sheet_from_definition(definition):
    return MethodSheetPage(
        title=definition["title"],
        slug=definition["slug"],
        summary=definition["summary"],
        objectives="\n".join(definition["objectives"]),
        duration=definition["duration"],
        group_min=definition.get("group_min"),
        group_max=definition.get("group_max"),
        level=definition["level"],
        materials="\n".join(definition.get("materials", [])),
        body=stream_json(definition["body"]),
        live=False,
    )


@transaction.atomic
def load_demo(debug=False):
    home, index = ensure_site_tree()
    if not home.intro:
        home.intro = HOME_INTRO
        home.save_revision().publish()
    ensure_editorial_roles(home)
    report = DemoReport()

    new_sheets = []  # (page, definition) created in this run
    for brick_def in brick_definitions():
        brick = BrickPage.objects.child_of(index).filter(slug=brick_def["slug"]).first()
        if brick is None:
            brick = index.add_child(
                instance=BrickPage(
                    title=brick_def["title"],
                    slug=brick_def["slug"],
                    number=brick_def["number"],
                    summary=brick_def["summary"],
                    objectives="\n".join(brick_def["objectives"]),
                )
            )
            brick.save_revision().publish()
            report.bricks_created += 1
        for sheet_def in brick_def["sheets"]:
            if MethodSheetPage.objects.filter(slug=sheet_def["slug"]).exists():
                continue
            sheet = brick.add_child(instance=sheet_from_definition(sheet_def))
            new_sheets.append((sheet, sheet_def))

    # Second pass, once every sheet exists: links between sheets, tags, publication.
    by_slug = {page.slug: page for page in MethodSheetPage.objects.all()}
    for sheet, sheet_def in new_sheets:
        sheet.tags.add(*sheet_def.get("tags", []))
        sheet.related_sheets = [
            RelatedSheet(related=by_slug[slug])
            for slug in sheet_def.get("related", [])
            if slug in by_slug and slug != sheet.slug
        ]
        sheet.save_revision().publish()
        report.sheets_created += 1

    report.videos_created = ensure_demo_videos()
    report.users_created = ensure_demo_users(debug)
    return report


def _media_file(name):
    return File((MEDIA_DIR / name).open("rb"), name=name)


def ensure_demo_videos():
    """Creates the demo video-trainings and places each in its sheets; returns how many."""
    created = 0
    for spec in demo_videos.VIDEOS:
        if VideoTraining.objects.filter(title=spec["title"]).exists():
            continue
        files = {}
        for key in ("file", "light_file"):
            media = VideoFile(
                title=f"{spec['title']} ({'version légère' if key == 'light_file' else 'vidéo'})",
                type="video",
                duration=spec["duration"],
            )
            with _media_file(spec[key]) as upload:
                media.file.save(spec[key], upload, save=False)
            media.save()
            files[key] = media
        poster = Image(title=f"Affiche — {spec['title']}")
        with _media_file(spec["poster"]) as upload:
            poster.file.save(spec["poster"], ImageFile(upload), save=False)
        poster.save()

        video = VideoTraining(
            title=spec["title"],
            description=spec["description"],
            video_file=files["file"],
            light_file=files["light_file"],
            poster=poster,
            duration=spec["duration"],
            transcript=spec["transcript"],
        )
        captions = []
        for track in spec["captions"]:
            caption = CaptionTrack(language=track["language"], label=track["label"])
            caption.file.save(
                track["file"], ContentFile((MEDIA_DIR / track["file"]).read_bytes()), save=False
            )
            captions.append(caption)
        video.captions = captions
        video.chapters = [
            Chapter(start=format_timecode(seconds), title=title)
            for seconds, title in spec["chapters"]
        ]
        video.save()
        video.save_revision().publish()
        for slug in spec["sheets"]:
            place_video_in_sheet(video, slug, spec.get("intro", ""))
        created += 1
    return created


def place_video_in_sheet(video, slug, intro):
    """Inserts a video block after the sheet's first step, then republishes it."""
    sheet = MethodSheetPage.objects.filter(slug=slug).first()
    if sheet is None:
        return
    blocks = [dict(block) for block in sheet.body.raw_data]
    first_step = next((i for i, b in enumerate(blocks) if b["type"] == "step"), -1)
    blocks.insert(first_step + 1, {"type": "video", "value": {"video": video.pk, "intro": intro}})
    sheet.body = json.dumps(blocks)
    sheet.save_revision().publish()


def ensure_demo_users(debug):
    """Creates missing demo accounts; returns [(email, password or None)]."""
    User = get_user_model()
    created = []
    for email, display_name, group_name, superuser, password in DEMO_USERS:
        existing = User.objects.filter(email=email).first()
        if existing is not None:
            ensure_verified_address(existing, email)
            continue
        user = User(
            email=email,
            display_name=display_name,
            is_staff=superuser,
            is_superuser=superuser,
        )
        if debug:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        ensure_verified_address(user, email)
        created.append((email, password if debug else None))
    return created


def ensure_verified_address(user, email):
    """The demo addresses are the school's own: verified (and primary unless the account
    has another), so they sign in without a code and nobody else's copy can be verified."""
    address, _ = EmailAddress.objects.get_or_create(user=user, email=email)
    address.primary = (
        address.primary
        or not EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk).exists()
    )
    address.set_verified(commit=False)  # refused if another account verified it first
    address.save()
