"""Test runs: fast hashing, per-process caches, media in a throwaway folder."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 - tests only
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="school-media-")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Email verification as in production (mandatory, by code): the tests read the code
# from the locmem outbox. allauth builds its URLs once, so a setting that changes them
# could not be switched per test anyway.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = tempfile.mkdtemp(prefix="school-static-")
