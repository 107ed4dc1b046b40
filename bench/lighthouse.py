"""Lighthouse (mobile) on five public pages under production settings: scores and bytes.

Run from the project root: ``.venv/bin/python bench/lighthouse.py [--runs 2]``.
See bench/README.md ("Lighthouse") for what is measured and how to read it.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import BENCH_DIR, ROOT  # noqa: E402
from bench.pages import (  # noqa: E402
    HOST,
    BenchError,
    django_env,
    free_port,
    prepare,
    start_gunicorn,
    stop_gunicorn,
    wait_healthy,
    warm,
)
from bench.progress import choose_database  # noqa: E402

VERSION = "13.5.0"  # pinned: scores move between Lighthouse versions
INSTALL_DIR = ROOT / "var" / "lighthouse"
LIGHTHOUSE = INSTALL_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # With the flags above Chromium still calls Google (accounts, updates, time): a closed
    # port as proxy refuses it all, and the loopback never goes through a proxy.
    "--proxy-server=127.0.0.1:9",
]
CATEGORIES = [
    ("performance", "perf"),
    ("accessibility", "a11y"),
    ("best-practices", "best pr."),
    ("seo", "SEO"),
]
# What measuring gunicorn itself on http://127.0.0.1 changes, by audit: production is
# HTTPS behind a reverse proxy (docs/deployment.md).
LOCALHOST_ARTEFACTS = {
    "is-on-https": "plain http on the loopback",
    "document-latency-insight": "HTML uncompressed from gunicorn",
}
PG_DIR = Path(os.environ.get("BENCH_LIGHTHOUSE_PG_DIR", "/tmp/school-bench-lighthouse-pg"))  # noqa: S108
SQLITE_PATH = BENCH_DIR / "lighthouse.sqlite3"
REPORTS = BENCH_DIR / "lighthouse"
TIMEOUT = 300  # seconds for one Lighthouse run; a loaded machine takes about 40


@dataclass
class Measure:
    label: str
    path: str
    run: int
    scores: dict
    kib: float
    media_kib: float  # of kib: video and audio
    failing: list  # (category, audit id, weight, title, score, display value)
    foreign: list = field(default_factory=list)  # requested URLs off the loopback
    failed: list = field(default_factory=list)  # (status, URL) answered 4xx or 5xx
    warnings: list = field(default_factory=list)


# --- Lighthouse, installed in var/ -----------------------------------------------------------


def installed_version():
    if not LIGHTHOUSE.exists():
        return None
    done = subprocess.run(
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def ensure_lighthouse():
    """Lighthouse ``VERSION`` in var/lighthouse (never a global install): its path."""
    if installed_version() == VERSION:
        return LIGHTHOUSE
    if shutil.which("npm") is None:
        raise BenchError("npm is missing: apt-get install npm (Debian), then run this again")
    print(f"Installing lighthouse@{VERSION} in {INSTALL_DIR} (npm, about a minute)")
    INSTALL_DIR.mkdir(parents=True, exist_ok=True)
    command = ["npm", "install", "--prefix", str(INSTALL_DIR), f"lighthouse@{VERSION}"]
    done = subprocess.run(
        [*command, "--no-audit", "--no-fund"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode or installed_version() != VERSION:
        lines = (done.stdout + done.stderr).strip().splitlines()
        errors = [line for line in lines if line.startswith("npm error")][:5]  # code, reason
        said = "\n".join(errors or lines[-5:])
        raise BenchError(
            f"npm could not install lighthouse@{VERSION}:\n{said}\n"
            "If npm cannot reach its registry: check `npm config get registry` and your "
            "proxy (`npm config set proxy http://…` and `https-proxy`), or run "
            f"`{' '.join(command)}` on a machine that can and copy {INSTALL_DIR} here."
        )
    return LIGHTHOUSE


def node_version():
    done = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def lighthouse(binary, url, output):
    """One Lighthouse run on ``url``, its JSON report written to ``output`` and read."""
    output.unlink(missing_ok=True)
    command = [
        str(binary),
        url,
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--form-factor=mobile",
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        f"--only-categories={','.join(name for name, _ in CATEGORIES)}",
        "--no-enable-error-reporting",  # its error reports would go to the internet
    ]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"lighthouse took more than {TIMEOUT} s on {url}") from error
    if done.returncode or not output.exists():
        raise BenchError(f"lighthouse failed on {url} ({done.returncode}):\n{done.stderr[-3000:]}")
    report = json.loads(output.read_text())
    if report.get("runtimeError"):
        error = report["runtimeError"]
        raise BenchError(f"lighthouse could not measure {url}: {error.get('message', error)}")
    return report


def lighthouse_again(binary, url, output):
    """``lighthouse``, tried once more: it sometimes loses the trace on a busy machine
    (NO_NAVSTART, NO_FCP) and says to run it again."""
    try:
        return lighthouse(binary, url, output)
    except BenchError as error:
        reason = str(error).strip().splitlines()[-1]
        print(f"  lighthouse failed on {url} ({reason}); trying again")
    return lighthouse(binary, url, output)


def read(report, label, path, run, origin):
    scores = {}
    for name, _ in CATEGORIES:
        score = report["categories"][name]["score"]
        scores[name] = None if score is None else round(score * 100)
    audits = report["audits"]
    failing = []
    for name, _ in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = audits[ref["id"]]
            if audit.get("score") is not None and audit["score"] < 1:
                failing.append(
                    (
                        name,
                        audit["id"],
                        ref["weight"],
                        audit["title"],
                        audit["score"],
                        audit.get("displayValue"),
                    )
                )
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    foreign = sorted(
        {
            item["url"]
            for item in requests
            if urlsplit(item["url"]).scheme in ("http", "https", "ws", "wss")
            and not item["url"].startswith(origin)
        }
    )
    return Measure(
        label=label,
        path=path,
        run=run,
        scores=scores,
        kib=audits["total-byte-weight"]["numericValue"] / 1024,
        media_kib=sum(
            item.get("transferSize") or 0
            for item in requests
            if item.get("resourceType") == "Media"
        )
        / 1024,
        failing=failing,
        foreign=foreign,
        failed=sorted(
            {
                (item["statusCode"], item["url"])
                for item in requests
                if item.get("statusCode", 0) >= 400
            }
        ),
        warnings=report.get("runWarnings", []),
    )


# --- The pages, found in the database --------------------------------------------------------


def find_pages(env):
    """[(label, path)]: the home page, a brick, a sheet without video, one with a video
    (a live one, so that the player is there), and the video library."""
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connections

    from methods.models import BrickPage, MethodSheetPage
    from videos.models import VideoLibraryPage, VideoTraining

    def path_of(page):
        return page.get_url_parts()[2]

    live_videos = set(VideoTraining.objects.filter(live=True).values_list("pk", flat=True))
    plain = with_video = None
    for sheet in MethodSheetPage.objects.live().public().order_by("path"):
        ids = set(sheet.video_ids)
        if not ids and plain is None:
            plain = sheet
        if ids & live_videos and with_video is None:
            with_video = sheet
        if plain and with_video:
            break
    brick = BrickPage.objects.live().public().order_by("path").first()
    library = VideoLibraryPage.objects.live().public().order_by("path").first()
    missing = [
        name
        for name, page in [
            ("brick", brick),
            ("sheet without video", plain),
            ("sheet with a live video", with_video),
            ("video library", library),
        ]
        if page is None
    ]
    if missing:
        raise BenchError(f"no published {', '.join(missing)} (run load_demo)")
    pages = [
        ("home page", "/"),
        ("brick page", path_of(brick)),
        ("sheet page", path_of(plain)),
        ("sheet with a video", path_of(with_video)),
        ("video library", path_of(library)),
    ]
    connections.close_all()
    return pages


# --- Report ----------------------------------------------------------------------------------


def score_text(score):
    return "-" if score is None else str(score)


def print_table(measures, runs, load):
    print()
    print(f"{os.cpu_count()} CPUs; load average before/after: {load[0]:.2f}/{load[1]:.2f}")
    width = max(len(measure.path) for measure in measures) + 2
    header = f"{'page':<28}{'path':<{width}}"
    header += "".join(f"{short:>9}" for _, short in CATEGORIES) + f"{'KiB':>9}{'media':>9}"
    print(header)
    for measure in measures:
        label = measure.label if runs == 1 else f"{measure.label} (run {measure.run})"
        row = f"{label:<28}{measure.path:<{width}}"
        row += "".join(f"{score_text(measure.scores[name]):>9}" for name, _ in CATEGORIES)
        print(row + f"{measure.kib:>9.1f}{measure.media_kib:>9.1f}")
    print(
        "Scores 0–100 (target 100). KiB: transferred, the total-byte-weight audit; "
        "media: the part of it that is video or audio."
    )


def print_failing(measures, runs):
    """Per page, every audit short of 1 in any run, with its score in each run."""
    print()
    print("Audits that did not score 1 (category, audit, score per run, weight in the score):")
    by_page = {}
    for measure in measures:
        by_page.setdefault((measure.label, measure.path), []).append(measure)
    for (label, path), page_measures in by_page.items():
        audits = {}
        for measure in page_measures:
            for category, audit_id, weight, title, score, value in measure.failing:
                entry = audits.setdefault(audit_id, [category, weight, title, {}, []])
                entry[3][measure.run] = score
                if value and value not in entry[4]:
                    entry[4].append(value)
        print(f"  {label} ({path}):" + ("" if audits else " none"))
        order = [name for name, _ in CATEGORIES]
        # by category, what moves the score first
        ranked = sorted(audits.items(), key=lambda item: (order.index(item[1][0]), -item[1][1]))
        for audit_id, (category, weight, title, scores, values) in ranked:
            per_run = " / ".join(
                f"{scores[run]:g}" if run in scores else "1" for run in range(1, runs + 1)
            )
            line = f"    {category:<15}{audit_id:<33}{per_run:<12}{weight:>6g}  {title}"
            if values:
                line += f" ({' / '.join(values)})"
            if audit_id in LOCALHOST_ARTEFACTS:
                line += f" [on localhost only: {LOCALHOST_ARTEFACTS[audit_id]}]"
            print(line)
        foreign = sorted({url for measure in page_measures for url in measure.foreign})
        for status, url in sorted({pair for measure in page_measures for pair in measure.failed}):
            print(f"    HTTP {status}: {url}")
        for url in foreign:
            print(f"    WARNING: requested off the loopback (blocked): {url}")
        warnings = sorted({text for measure in page_measures for text in measure.warnings})
        for text in warnings:
            print(f"    lighthouse: {text.split('. ')[0]}.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (default 1)")
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgresql"],
        default="sqlite",
        help="sqlite (default: var/bench/lighthouse.sqlite3) or a PostgreSQL cluster of its "
        "own; BENCH_DATABASE_URL, when set, wins",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start from an empty database (own cluster/SQLite)"
    )
    args = parser.parse_args()
    if not 1 <= args.runs <= 10:
        parser.error("--runs must be 1 to 10")
    if not os.access(CHROMIUM, os.X_OK):
        print(f"ERROR: no {CHROMIUM}: `make browser` installs it", file=sys.stderr)
        return 1

    load = [os.getloadavg()[0]]
    cluster = process = None
    log_path = BENCH_DIR / "gunicorn-lighthouse.log"
    measures = []
    try:
        binary = ensure_lighthouse()
        args.sqlite = args.database == "sqlite"
        url, database, cluster = choose_database(args, PG_DIR, SQLITE_PATH)
        env = {**django_env(), "BENCH_DATABASE_URL": url}
        print(f"Database: {database}")
        prepare(env, fresh=False)  # choose_database emptied it already when --fresh
        pages = find_pages(env)

        port = free_port()
        log_path.unlink(missing_ok=True)
        process = start_gunicorn(env, port, log_path)
        wait_healthy(process, port, log_path)
        origin = f"http://{HOST}:{port}/"
        print(f"gunicorn on {origin} (log: {log_path})")
        print(f"lighthouse {VERSION}, node {node_version()}, {CHROMIUM}, mobile")
        REPORTS.mkdir(parents=True, exist_ok=True)
        for label, path in pages:
            warm(port, (label, path, {}), 2)  # a 200, and the page cache filled as readers find it
        for run in range(1, args.runs + 1):
            for number, (label, path) in enumerate(pages, 1):
                output = REPORTS / f"{number}-{label.replace(' ', '-')}-{run}.json"
                report = lighthouse_again(binary, origin.rstrip("/") + path, output)
                measure = read(report, label, path, run, origin)
                measures.append(measure)
                scores = " ".join(score_text(measure.scores[name]) for name, _ in CATEGORIES)
                print(f"  run {run}, {label}: {scores}, {measure.kib:.1f} KiB ({output.name})")
    except (BenchError, OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    finally:
        if process is not None:
            stop_gunicorn(process)
        if cluster is not None:
            cluster.stop()

    load.append(os.getloadavg()[0])
    print_table(measures, args.runs, load)
    print_failing(measures, args.runs)
    print(f"\nJSON reports: {REPORTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
