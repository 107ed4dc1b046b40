"""Serving uploaded media from the application, with HTTP Range support.

Browsers seek in a video by asking for byte ranges; without ``206 Partial Content`` a
trainee could not jump to a chapter in Safari, and every seek would restart the
download. In production a web server or object storage may serve ``MEDIA_URL`` in
front of this view (see README); the embedded default relies on it.
"""

import mimetypes
import os
import re

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def parse_range(header, size):
    """(start, end) inclusive for a single satisfiable range, None to send it all.

    Raises ValueError when the range cannot be satisfied (416).
    """
    match = RANGE.match((header or "").strip())
    if not match or match.groups() == ("", ""):
        return None  # absent, malformed or multi-range: the whole file is a valid answer
    first, last = match.groups()
    if first == "":
        length = int(last)
        if length == 0:
            raise ValueError("empty suffix range")
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range outside the file")
    return start, end


def _read(path, start, length):
    with open(path, "rb") as handle:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(CHUNK, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk


@require_safe
def serve_media(request, path):
    try:
        full_path = safe_join(settings.MEDIA_ROOT, path)
    except (SuspiciousFileOperation, ValueError) as error:
        raise Http404 from error
    if not os.path.isfile(full_path):
        raise Http404
    stat = os.stat(full_path)
    size = stat.st_size
    content_type = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    if full_path.endswith(".vtt"):
        content_type = "text/vtt; charset=utf-8"

    try:
        byte_range = parse_range(request.headers.get("Range"), size)
    except ValueError:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response

    if byte_range is None:
        response = FileResponse(open(full_path, "rb"), content_type=content_type)  # noqa: SIM115
    else:
        start, end = byte_range
        response = StreamingHttpResponse(
            _read(full_path, start, end - start + 1), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = "public, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    return response
