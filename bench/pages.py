"""Requests per second of the public pages under gunicorn, against a bare Django view.

Run from the project root: ``.venv/bin/python bench/pages.py [--seconds 5]``.
See bench/README.md for what is measured and how to read the figures.
"""

import argparse
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import BENCH_DIR, ROOT  # noqa: E402

HOST = "127.0.0.1"
WORKERS = 2
TARGET_RATIO = 0.5
CACHE_HEADER = "X-Page-Cache"
# Any session cookie makes the page cache step aside (school/ops/page_cache.py).
NO_CACHE = {"Cookie": "sessionid=bench-bypasses-the-page-cache"}

BARE = ("bare Django view", "/bench/bare/", {})
TARGETS = [
    ("home page", "/", {}),
    ("brick page", "/briques/mobiliser/", {}),
    ("sheet page", "/briques/mobiliser/porte-a-porte/", {}),
    ("sheet page, uncached", "/briques/mobiliser/porte-a-porte/", NO_CACHE),
]
SHEET = "sheet page"


class BenchError(Exception):
    pass


@dataclass
class Result:
    label: str
    requests: int = 0
    seconds: float = 0.0
    errors: Counter = field(default_factory=Counter)
    cache: Counter = field(default_factory=Counter)

    @property
    def rate(self):
        return self.requests / self.seconds if self.seconds else 0.0


def django_env():
    env = dict(os.environ)
    key = env.get("SECRET_KEY", "")
    if len(key) < 50 or key.startswith(("dev-", "django-insecure")):
        env["SECRET_KEY"] = secrets.token_urlsafe(64)  # one key for every process
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        BENCH_DIR=str(BENCH_DIR),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    return env


def manage(env, *args):
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode:
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    print(f"  manage.py {args[0]}: {time.perf_counter() - started:.1f} s")


def prepare(env, fresh):
    """The demo database (kept between runs), collected static files, an empty cache."""
    database = BENCH_DIR / "db.sqlite3"
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    print(f"Preparing {BENCH_DIR}")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "load_demo")  # adds only what is missing
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    shutil.rmtree(BENCH_DIR / "cache" / "pages", ignore_errors=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, log_path):
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "school.wsgi:application",
        "--workers",
        str(WORKERS),
        "--worker-class",
        "sync",
        "--bind",
        f"{HOST}:{port}",
        "--chdir",
        str(ROOT),
        "--error-logfile",
        str(log_path),
        "--no-control-socket",  # nothing to control; keeps parallel runs apart
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop_gunicorn(process):
    if process.poll() is None:
        process.terminate()  # graceful shutdown of the master and its workers
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def get(port, path, headers, timeout=10):
    """One request on a new connection (sync workers close it): status, cache header."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader(CACHE_HEADER)
    finally:
        connection.close()


def wait_healthy(process, port, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"gunicorn exited with {process.returncode}:\n{tail(log_path)}")
        try:
            if get(port, "/healthz", {}, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(f"/healthz did not answer 200 within {timeout} s:\n{tail(log_path)}")


def tail(path, lines=30):
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def warm(port, target, rounds):
    """Fills the page cache and the workers' own caches; the last cache header seen."""
    label, path, headers = target
    header = None
    for _ in range(rounds):
        status, header = get(port, path, headers)
        if status != 200:
            raise BenchError(f"{label} ({path}) answered {status} during warm-up")
    return header


def run_clients(threads, barrier, seconds, result):
    """Starts the client threads together, waits for them, and times the run."""
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    result.seconds = time.perf_counter() - started
    if any(thread.is_alive() for thread in threads):
        result.errors["client did not finish"] += 1
    return result


def measure(port, target, seconds, concurrency):
    label, path, headers = target
    result = Result(label)
    lock = threading.Lock()
    barrier = threading.Barrier(concurrency + 1)

    def client():
        done, errors, cache = 0, Counter(), Counter()
        barrier.wait()
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            try:
                status, header = get(port, path, headers)
            except OSError as error:
                errors[type(error).__name__] += 1
                continue
            if status != 200:
                errors[status] += 1
                continue
            done += 1
            cache[header or "-"] += 1
        with lock:
            result.requests += done
            result.errors.update(errors)
            result.cache.update(cache)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    return run_clients(threads, barrier, seconds, result)


def cache_summary(result):
    if not result.cache or set(result.cache) == {"-"}:
        return "-"
    return ", ".join(
        f"{name} {count / result.requests:.0%}" for name, count in result.cache.most_common()
    )


def report(results, baseline, start, end, args):
    print()
    print(
        f"{WORKERS} sync gunicorn workers, {args.concurrency} client threads, "
        f"{args.seconds:g} s per target, {os.cpu_count()} CPUs"
    )
    print(f"{'target':<32}{'req/s':>9}{'× bare':>9}  {CACHE_HEADER}")
    rows = [start, *results, end]
    for result in rows:
        ratio = result.rate / baseline if baseline else 0.0
        print(f"{result.label:<32}{result.rate:>9.1f}{ratio:>9.2f}  {cache_summary(result)}")
    print(f"{'baseline (mean of the two bare)':<32}{baseline:>9.1f}{1:>9.2f}")
    sheet = next(result for result in results if result.label == SHEET)
    ratio = sheet.rate / baseline if baseline else 0.0
    verdict = "OK" if ratio >= TARGET_RATIO else "BELOW"
    print(f"sheet page (anonymous) ratio ≥ {TARGET_RATIO}: {verdict} ({ratio:.2f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per target (default 5)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--warmup", type=int, default=20, help="requests per URL before")
    parser.add_argument("--fresh", action="store_true", help="rebuild the demo database")
    args = parser.parse_args()
    if args.seconds <= 0 or args.concurrency < 1 or args.warmup < 2:
        parser.error("--seconds must be > 0, --concurrency ≥ 1, --warmup ≥ 2")

    env = django_env()
    log_path = BENCH_DIR / "gunicorn.log"
    try:
        prepare(env, args.fresh)
    except (BenchError, subprocess.TimeoutExpired) as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1

    port = free_port()
    log_path.unlink(missing_ok=True)
    process = start_gunicorn(env, port, log_path)
    try:
        wait_healthy(process, port, log_path)
        print(f"gunicorn on http://{HOST}:{port}/ (log: {log_path})")
        for target in [BARE, *TARGETS]:
            header = warm(port, target, args.warmup)
            print(f"  warmed {target[0]:<24} {target[1]:<36} {CACHE_HEADER}: {header or '-'}")
            if target[0] == SHEET and header != "hit":
                print(f"WARNING: the sheet page is not served from the page cache ({header})")

        start = measure(port, (f"{BARE[0]} (start)", *BARE[1:]), args.seconds, args.concurrency)
        results = [measure(port, target, args.seconds, args.concurrency) for target in TARGETS]
        end = measure(port, (f"{BARE[0]} (end)", *BARE[1:]), args.seconds, args.concurrency)
    except (BenchError, OSError) as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    finally:
        stop_gunicorn(process)

    baseline = (start.rate + end.rate) / 2
    report(results, baseline, start, end, args)
    failed = [result for result in [start, *results, end] if result.errors]
    for result in failed:
        print(f"ERROR: {result.label}: {dict(result.errors)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
