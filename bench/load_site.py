"""`make load`: the public site under load, with the page cache on and then off.

Builds a throwaway database with the demo data (SQLite in a temporary folder, or
the database DATABASE_URL names, dropped and created again, so its name must
contain "load": postgres://postgres@127.0.0.1:5432/fener_load), serves it
with gunicorn on a free port of 127.0.0.1, runs locust headless for a bounded time
(bench/locustfile.py), stops everything it started and prints requests/s and
latency percentiles per endpoint group. Traffic never leaves the loopback.
"""

import argparse
import csv
import io
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
GROUPS = [
    "home",
    "campaign page",
    "campaign index",
    "campaign index + filters",
    "library (+ filters)",
    "brochure download",
]


def server_env(work: Path) -> dict[str, str]:
    """Production-like settings (DEBUG off, inline Celery), loopback host only."""
    env = {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", f"sqlite:///{work / 'load.sqlite3'}"
        ),
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "CELERY_BROKER_URL": "",
        "CELERY_TASK_ALWAYS_EAGER": "true",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "siteconf.settings",
    }
    os.environ.update(env)
    return {**os.environ, **env}


def database_recreate() -> None:
    """A fresh database per run: its files live in this run's MEDIA_ROOT."""
    import environ

    db = environ.Env.db_url_config(os.environ["DATABASE_URL"])
    if "load" not in Path(str(db["NAME"])).name:
        raise SystemExit(f"refusing to drop {db['NAME']!r}: name it e.g. fener_load")
    if "sqlite" in db["ENGINE"]:
        Path(db["NAME"]).unlink(missing_ok=True)
    else:
        postgres_recreate(db)


def postgres_recreate(db: dict) -> None:
    import psycopg

    with psycopg.connect(
        host=db["HOST"],
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db["NAME"]}"')


def build_site() -> dict[str, list[str]]:
    """Migrate, seed the demo data, collect static files; return the URLs to visit."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    quiet = {"verbosity": 0, "stdout": io.StringIO()}
    call_command("migrate", interactive=False, **quiet)
    call_command("seed_demo", **quiet)
    call_command("collectstatic", interactive=False, **quiet)
    urls = site_urls()
    connections.close_all()  # the servers are other processes
    return urls


def site_urls() -> dict[str, list[str]]:
    from campaigns.models import CampaignIndexPage, CampaignPage, HomePage, TargetGroup
    from materials.models import Material, MaterialLibraryPage

    def urls(model) -> list[str]:
        return [page.url for page in model.objects.live()]

    indexes = urls(CampaignIndexPage)
    years = sorted(
        {p.start_date.year for p in CampaignPage.objects.live() if p.start_date}
    )
    groups = list(TargetGroup.objects.filter(campaigns__live=True).distinct())
    filters = [f"?year={year}" for year in years] + ["?status=finished"]
    filters += [f"?target_group={group.code}" for group in groups]
    filters += [f"?year={years[-1]}&status=finished"]
    libraries = urls(MaterialLibraryPage)
    return {
        "home": urls(HomePage),
        "campaign page": urls(CampaignPage),
        "campaign index": indexes,
        "campaign index + filters": [i + f for i in indexes for f in filters],
        "library (+ filters)": libraries
        + [u + f for u in libraries for f in ("?kind=brochure", "?language=sr")],
        "brochure download": [
            m.url
            for m in Material.objects.filter(
                publication__kind="brochure", publication__partners_only=False
            )
        ],
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(env: dict[str, str], workers: int, log: Path):
    """Serve the site on a free loopback port; stop the server on the way out."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "siteconf.wsgi", "--no-control-socket"]
        + ["-w", str(workers), "-b", f"{HOST}:{port}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://{HOST}:{port}"
        wait_until_up(f"{base}/sq/", server)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


def run_locust(base: str, urls_file: Path, out: Path, args) -> dict[str, dict]:
    """Run the visitors for `args.seconds`; locust's figures per group by name."""
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench/locustfile.py")]
    command += ["--headless", "--only-summary", "--loglevel", "WARNING"]
    command += ["-u", str(args.users), "-r", str(args.users), "-t", f"{args.seconds}s"]
    command += ["--stop-timeout", "5", "--host", base, "--csv", str(out)]
    with open(f"{out}.log", "w") as log:
        subprocess.run(
            command,
            env={**os.environ, "LOAD_URLS": str(urls_file)},
            timeout=args.seconds + 60,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    with open(f"{out}_stats.csv", newline="") as stats:
        return {row["Name"]: row for row in csv.DictReader(stats)}


def server_errors(label: str, log: Path) -> None:
    """Say why requests failed (the log goes with the temporary folder)."""
    errors = [line for line in log.read_text().splitlines() if "Error:" in line]
    for error, count in Counter(errors).most_common(3):
        print(f"{label}: {count} x {error}")  # noqa: T201


def report(results: dict[str, dict[str, dict]], args) -> None:
    engine = "PostgreSQL" if "postgres" in os.environ["DATABASE_URL"] else "SQLite"
    print(  # noqa: T201
        f"\n{engine}, gunicorn -w {args.workers}, {args.users} locust users without "
        f"think time, {args.seconds} s per run, {os.cpu_count()} CPUs "
        f"(CONN_MAX_AGE={os.environ.get('CONN_MAX_AGE', '0')}, page cache "
        f"{os.environ.get('PAGE_CACHE_URL', 'locmem, one per worker')}); latencies in ms"
    )
    header = f"{'group':<26}" + "".join(
        f" | {label:<8} {'req/s':>7} {'p50':>5} {'p95':>5} {'p99':>5} {'fail':>5}"
        for label in results
    )
    print(header, "-" * len(header), sep="\n")  # noqa: T201
    for group in [*GROUPS, "Aggregated"]:
        line = f"{'all' if group == 'Aggregated' else group:<26}"
        for rows in results.values():
            row = rows.get(group, {})
            line += f" | {'':<8} {float(row.get('Requests/s', 0)):>7.1f}"
            line += "".join(f" {row.get(p, '-'):>5}" for p in ("50%", "95%", "99%"))
            line += f" {row.get('Failure Count', '-'):>5}"
        print(line)  # noqa: T201


def bounded(low: int, high: int):
    def number(text: str) -> int:
        if not text.isdigit() or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(f"a number from {low} to {high}")
        return int(text)

    return number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Bounded, so a run always ends by itself: at most 5 minutes and 200 users.
    parser.add_argument("--seconds", default=30, type=bounded(5, 300))
    parser.add_argument("--users", default=20, type=bounded(1, 200))
    parser.add_argument("--workers", default=2, type=bounded(1, 8))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fener-load-"))
    try:
        env = server_env(work)
        database_recreate()
        urls_file = work / "urls.json"
        urls_file.write_text(json.dumps(build_site()))
        results = {}
        for label, seconds in (("cached", "300"), ("uncached", "0")):
            run_env = {**env, "PAGE_CACHE_SECONDS": seconds}
            log = work / f"{label}-server.log"
            with gunicorn(run_env, args.workers, log) as base:
                results[label] = run_locust(base, urls_file, work / label, args)
            server_errors(label, log)
        report(results, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
