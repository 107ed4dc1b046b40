"""Courses shown where the apps below them list things: the home page, "Mon parcours"
and search, through hooks those apps call (they may not import this one)."""

from django.conf import settings
from wagtail import hooks

from school import content_map
from school.finishing import COURSE_PARAMETER, Following
from school.organisations import scoping
from school.organisations.models import Audience

from .models import CourseIndexPage, CoursePage
from .rules import course_cards, shared_first, step_after, visible_courses


@hooks.register("home_page_sections")
def courses_on_the_home_page(request):
    """A few courses, those shared with her organisations first, and the way to all."""
    cards, count = shared_first(request.user, CoursePage.objects.all(), settings.HOME_COURSES)
    if not cards:
        return None
    scoping.note_listed(request, [card.course for card in cards])
    index = content_map.for_request(request).first_live(CourseIndexPage)
    return {
        "template": "courses/includes/home_courses.html",
        "courses": cards,
        "count": count,
        "index": index,
    }


@hooks.register("learner_dashboard_sections")
def my_courses(request):
    """Her courses first on "Mon parcours": those she has begun, then the others open
    to her."""
    cards = course_cards(request.user, CoursePage.objects.all())
    if not cards:
        return None
    cards.sort(key=lambda card: (card.tally.is_complete, card.tally.done == 0))
    return {"template": "courses/includes/dashboard_courses.html", "courses": cards}


@hooks.register("search_result_sections")
def courses_found(request, query):
    """Courses matching ``query`` among those the person may see: filtered before the
    search, so that no title of a course shared with others shows."""
    # No tallies here: the courses the person may see, then the search among them.
    visible = list(
        visible_courses(CoursePage.objects.all(), request.user).values_list("pk", flat=True)
    )
    if not visible:
        return None
    found = list(CoursePage.objects.filter(pk__in=visible).search(query)[:10])
    if not found:
        return None
    return {"template": "courses/includes/search_courses.html", "courses": found}


@hooks.register("learner_data_sections")
def completions_in_my_data(request):
    """Her part of "Mes données": the courses she completed, as in her export."""
    completions = list(
        request.user.course_completions.select_related("course").order_by("completed_at")
    )
    if not completions:
        return None
    return {"template": "courses/includes/data_courses.html", "completions": completions}


@hooks.register("next_sheet_in_course")
def next_step_of_the_course(request, sheet):
    """After a sheet reached from a course (``?parcours=<id>``): the course's next step.
    A value that is not a course she may see holding this sheet is ignored (None)."""
    value = request.GET.get(COURSE_PARAMETER, "")
    if not (value.isascii() and value.isdigit() and 0 < len(value) < 19):
        return None
    found = step_after(request.user, CoursePage.objects.filter(pk=int(value)), sheet)
    if found is None:
        return None
    course, after = found
    url = f"{after.get_url(request)}?{COURSE_PARAMETER}={course.pk}" if after else ""
    return Following(after, url, course)


@hooks.register("learner_data_export")
def completions_in_the_export(user):
    return {
        "courses_completed": [
            {"course": title, "completed_at": when.isoformat()}
            for title, when in user.course_completions.values_list("course__title", "completed_at")
        ]
    }


@hooks.register("home_first_step")
def course_for_newcomers(request):
    """Where "Commencer ici" leads on the home page: the first course open to everyone."""
    courses = CoursePage.objects.filter(audience=Audience.EVERYONE)
    return visible_courses(courses, scoping.viewer(request)).order_by("path").first()
