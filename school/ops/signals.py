"""Every signal the school listens to, wired in one place.

Two memories outlive a request and must forget on the changes that make them wrong:

- the anonymous page cache (``school.ops.page_cache``), which holds rendered pages;
- the content map (``school.content_map``), the library's structure kept under a
  number that ``bump`` raises in the same transaction as the change.

Neither answers who may see what (access is read from the database on every request,
``school.organisations.scoping``), so a change written without signals only leaves
them stale for content, never for access. Draft saves touch neither: nothing a reader
sees has changed.
"""

from allauth.account.signals import email_confirmed, user_logged_in, user_signed_up
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from home.models import FooterSettings
from school.accounts.admin_auth import sync_address
from school.cohorts import pending as pending_invitations
from school.cohorts import summaries
from school.cohorts.models import Cohort, CohortMember
from school.content_map import bump, bump_on_page_save
from school.courses.models import CoursePage
from school.courses.rules import complete_courses_with
from school.signals import progress_changed, sheet_completed
from videos.models import VideoFile, VideoTraining

from .page_cache import clear_page_cache, purge_frontend_cache, purge_restricted_pages


def _on_save_and_delete(receiver, model, uid):
    for signal in (post_save, post_delete):
        signal.connect(
            receiver, sender=model, dispatch_uid=f"{uid}_{model.__name__}_{signal is post_save}"
        )


def complete_courses(sender, user, sheet_id, when, **kwargs):
    complete_courses_with(user, sheet_id, CoursePage, when)


def summarise_progress(sender, user, sheet_ids, video_ids, rows=None, **kwargs):
    summaries.note_progress(user, sheet_ids, video_ids, rows)


# Rows loaded from a fixture or a copy (``raw``) come with their summaries: nothing to
# keep in step (and the copy's own summary would then meet a duplicate).


def summarise_membership(sender, instance, raw=False, **kwargs):
    if not raw:
        summaries.keep(instance.user_id, instance.cohort.course_id)


def forget_membership(sender, instance, **kwargs):
    summaries.drop_unless_member(instance.user_id, instance.cohort_id)


def summarise_cohort(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:  # a new cohort has nobody yet
        summaries.settle_cohort(instance)


def summarise_course(sender, instance, **kwargs):
    summaries.note_publication(instance)


def connect():
    # A sheet completed may complete courses that have it as a step.
    sheet_completed.connect(complete_courses, dispatch_uid="complete_courses")

    # The cohort report's summaries (school.cohorts.summaries), in the transaction of
    # what changes them: a learner's progress, her memberships, a cohort's course, a
    # course's steps.
    progress_changed.connect(summarise_progress, dispatch_uid="summarise_progress")
    post_save.connect(summarise_membership, sender=CohortMember, dispatch_uid="summary_member")
    post_delete.connect(forget_membership, sender=CohortMember, dispatch_uid="summary_gone")
    post_save.connect(summarise_cohort, sender=Cohort, dispatch_uid="summary_cohort")
    page_published.connect(summarise_course, sender=CoursePage, dispatch_uid="summary_course")

    # allauth's record of each address follows the account (school.accounts.admin_auth).
    post_save.connect(sync_address, sender=get_user_model(), dispatch_uid="sync_address")

    # A cohort invitation waiting in the session, or kept for a verified address, is
    # joined once allauth knows who the person is (school.cohorts.pending).
    user_logged_in.connect(pending_invitations.on_user_logged_in, dispatch_uid="cohort_login")
    user_signed_up.connect(pending_invitations.on_user_signed_up, dispatch_uid="cohort_signup")
    email_confirmed.connect(pending_invitations.on_email_confirmed, dispatch_uid="cohort_email")

    # Pages (and the snippets shown in them) published, unpublished, moved, deleted: a
    # changed page can appear in the listings of others, so the page cache is cleared
    # whole, and the content map's number is raised (in the change's transaction).
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(clear_page_cache, dispatch_uid=f"page_cache_{id(signal)}")
        signal.connect(bump, dispatch_uid=f"content_map_{id(signal)}")
    for model in (Page, VideoTraining):
        post_delete.connect(
            clear_page_cache, sender=model, dispatch_uid=f"page_cache_delete_{model.__name__}"
        )
        post_delete.connect(bump, sender=model, dispatch_uid=f"content_map_delete_{model.__name__}")
    # A page saved other than through a publication (made live by code, a title or
    # address set directly): the map must know it. A draft save changes nothing a
    # reader sees (content_map.bump_on_page_save tells them apart).
    post_save.connect(bump_on_page_save, dispatch_uid="content_map_page_save")
    # A page made private or public again, a site changed: the pages served change. An
    # image or a document changed: the pages showing it are not published again (its
    # renditions are left out: the first view of a page makes them). The footer's
    # settings: every page shows the footer.
    for model in (
        PageViewRestriction,
        Site,
        get_image_model(),
        get_document_model(),
        FooterSettings,
    ):
        _on_save_and_delete(clear_page_cache, model, "page_cache")
    # A CDN in front, when one is configured (WAGTAILFRONTENDCACHE): Wagtail purges a
    # page on publication; again once committed, with its listings, and on restrictions.
    page_published.connect(purge_frontend_cache, dispatch_uid="frontend_cache_publish")
    page_unpublished.connect(purge_frontend_cache, dispatch_uid="frontend_cache_unpublish")
    _on_save_and_delete(purge_restricted_pages, PageViewRestriction, "frontend_cache")
    # A video's length, which site serves a host.
    for model in (VideoFile, Site):
        _on_save_and_delete(bump, model, "content_map")
