"""Performance benchmark of the public pages: see bench/README.md."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Everything the benchmark writes (database, collected static files, page cache, logs).
BENCH_DIR = Path(os.environ.get("BENCH_DIR", ROOT / "var" / "bench"))
# The insert baseline's table (bench/urls.py): made by the first request, dropped by the
# benchmark that measured it, never a model of the project.
INSERT_TABLE = "bench_insert"
