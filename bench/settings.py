"""Production settings, self-contained for the benchmark (``bench/pages.py``).

The environment production requires is filled in *before* importing it; everything the
benchmark writes lives under ``BENCH_DIR`` (default ``var/bench/``). Set
``BENCH_DATABASE_URL`` to benchmark another database; ``DATABASE_URL`` is deliberately
ignored so that the demo content is never loaded into a real database by mistake.
"""

import os
import secrets

from bench import BENCH_DIR

_key = os.environ.get("SECRET_KEY", "")
if len(_key) < 50 or _key.startswith(("dev-", "django-insecure")):
    # bench/pages.py passes one key to every process; this covers a direct import.
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(64)
os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
os.environ["SECURE_SSL_REDIRECT"] = "false"  # plain HTTP on the loopback
os.environ["VAR_DIR"] = str(BENCH_DIR)

from school.settings.base import database_config  # noqa: E402
from school.settings.production import *  # noqa: E402, F403

DEBUG = False
ROOT_URLCONF = "bench.urls"

DATABASES = {
    "default": database_config(
        os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{BENCH_DIR / 'db.sqlite3'}")
    )
}

# Production's static storage (CompressedManifestStaticFilesStorage, served by
# WhiteNoise) over files collected by bench/pages.py.
STATIC_ROOT = BENCH_DIR / "static"
MEDIA_ROOT = BENCH_DIR / "media"

# The caches are production's: file caches in BENCH_DIR/cache (VAR_DIR is set above),
# shared by the gunicorn workers.
