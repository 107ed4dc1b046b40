"""Turning what a reader typed into a query the search backend accepts."""

import re

from django.conf import settings

# Characters that full-text engines read as operators (FTS5: " * ^ : ( ) - + …).
# Readers type them by accident ("porte-à-porte", "l'enquête"): they become spaces.
OPERATOR_CHARS = re.compile(r"[^\w\s]", re.UNICODE)


def clean_query(raw):
    """Return ``(query, was_cut)``: plain words only, at most the configured length."""
    text = OPERATOR_CHARS.sub(" ", raw or "")
    text = " ".join(text.split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    was_cut = len(text) > limit
    if was_cut:
        text = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return text, was_cut
