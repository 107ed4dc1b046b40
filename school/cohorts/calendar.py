"""A workshop as an iCalendar file (RFC 5545), for the learner's own calendar.

Written by hand: one event with a dozen properties needs only the format's three rules
(CRLF line endings, lines folded at 75 octets, ``\\ ; ,`` and newlines escaped in text),
which fit in this module; no iCalendar library is installed, and one would be a
dependency to keep up for that.

Times are written in UTC (``DTSTART:20260115T170000Z``): a ``TZID=Europe/Paris`` would
oblige the file to carry a VTIMEZONE component describing Paris's rules, and calendar
applications all show UTC times in their own zone. The workshop's date and times are
read as the site's time zone (``settings.TIME_ZONE``, Europe/Paris).
"""

import datetime
import zoneinfo

from django.conf import settings

LINE_OCTETS = 75
CRLF = "\r\n"


def escape_text(value):
    """A TEXT value (RFC 5545 §3.3.11): backslash first, then ``;`` ``,`` and newlines."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """A content line cut into lines of at most 75 octets (§3.1), each continuation
    starting with one space, never inside a UTF-8 character."""
    pieces = []
    current, size = "", 0
    limit = LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size = " ", 1  # the leading space counts in the 75
        current += char
        size += octets
    pieces.append(current)
    return CRLF.join(pieces)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def local_moment(day, time):
    """The workshop's ``day`` at ``time`` in the site's zone, aware."""
    return datetime.datetime.combine(day, time, tzinfo=zoneinfo.ZoneInfo(settings.TIME_ZONE))


def event(*, uid, stamp, day, starts, ends, summary, location="", description="", url=""):
    """The lines of one VEVENT (unfolded)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc_stamp(stamp)}",
        f"DTSTART:{utc_stamp(local_moment(day, starts))}",
        f"DTEND:{utc_stamp(local_moment(day, ends))}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if url:  # a URI value: not escaped (a URL field holds no line break)
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar(events, name=""):
    """The whole file: a VCALENDAR around ``events`` (lists of lines), folded, CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Ecole de la citoyennete//Ateliers//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for lines_of_event in events:
        lines += lines_of_event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
