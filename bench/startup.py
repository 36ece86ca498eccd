"""Start-up, the console's cost per line and memory, measured on real processes.

A process is what an operator starts, so imports, migrations and (when cold) the first seed all
count: wall time from spawn to the first reply. The baseline is a process that only imports the
modules the console runs on (`import bot.offline.console`: discord.py, SQLAlchemy, every cog):
the part of the start no code of ours can shorten.

The console's cost per line: piped `/paper` lines (1,000 in the full run), less the same
console with no line, per line; beside it the same lines handed straight to the offline
Discord by a process that builds the same bot (bench/console_probe.py), so the difference is
the console's own.

Peak RSS is read with getrusage inside a process that opens the largest store and searches it
(see bench/rss_probe.py), beside the same probe on the seed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from bench.measure import Figure, Row, Target
from bench.stores import BenchStore

PROJECT_ROOT = Path(__file__).resolve().parent.parent
COLD_START_S = 1.0
LINE_MS = 5.0
RSS_MB = 200.0
TIMEOUT_S = 120
IMPORT_ONLY = [sys.executable, "-c", "import bot.offline.console"]
TITLE_WORDS = 3
"""Each line asks for a paper by the first words of its title, as people type them."""


def _environment() -> dict[str, str]:
    """The caller's environment without settings that would point the bot elsewhere, and
    without PYTHONDONTWRITEBYTECODE: Python caches compiled modules by default, so every start
    after an install's first reuses them, and that is the start an operator sees."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CONFBOT_", "DATABASE_URL", "DISCORD_", "PYTHONDONTWRITEBYTECODE"))
    }


def _console(database: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "bot", "console", "--db", str(database), *options]


def _first_reply(database: Path, workdir: Path) -> float:
    """Seconds from spawning `confbot console` with `/conference` piped in to its first line."""
    start = time.perf_counter()
    with subprocess.Popen(
        _console(database),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=workdir,
        env=_environment(),
        text=True,
    ) as process:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write("/conference\n")
        process.stdin.close()
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        rest, errors = process.stdout.read(), process.stderr.read() if process.stderr else ""
        process.wait(timeout=TIMEOUT_S)
    if process.returncode != 0 or not line.startswith("=="):
        raise RuntimeError(f"console failed ({process.returncode}): {line}{rest}{errors}")
    return elapsed


def _run_seconds(command: list[str], workdir: Path, stdin: Path | None = None) -> float:
    start = time.perf_counter()
    with (stdin or Path(os.devnull)).open("rb") as lines:
        subprocess.run(
            command,
            cwd=workdir,
            env=_environment(),
            stdin=lines,
            check=True,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
    return time.perf_counter() - start


def _paper_lines(database: Path, path: Path, count: int) -> Path:
    """`count` /paper lines, from the first words of the store's paper titles in turn."""
    with sqlite3.connect(database) as connection:
        titles = [title for (title,) in connection.execute("SELECT title FROM papers LIMIT 200")]
    queries = [" ".join(title.split()[:TITLE_WORDS]) for title in titles]
    path.write_text(
        "".join(f"/paper query:{queries[index % len(queries)]}\n" for index in range(count)),
        encoding="utf-8",
    )
    return path


def _probe_ms_per_line(database: Path, now: str, lines: Path) -> float:
    output = subprocess.run(
        [sys.executable, "-m", "bench.console_probe", str(database), now, str(lines)],
        cwd=PROJECT_ROOT,
        env=_environment(),
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    ).stdout
    return float(json.loads(output)["ms_per_line"])


def console_line_row(seed: BenchStore, workdir: Path, count: int) -> Row:
    """ms per piped /paper line beyond start-up, beside the offline Discord alone; both on a
    copy of the seed's store, so the reminders each start plans touch no other row's store."""
    database = workdir / "console.db"
    shutil.copyfile(seed.path, database)
    lines = _paper_lines(database, workdir / "paper-lines.txt", count)
    first_day = datetime.combine(seed.conference.start_date, datetime.min.time())
    now = first_day.replace(hour=11, minute=30, tzinfo=seed.conference.zone).isoformat()
    console = _console(database, "--now", now)
    started = _run_seconds(console, workdir)
    piped = _run_seconds(console, workdir, lines)
    per_line = (piped - started) * 1000 / count
    return Row(
        "console",
        f"{count:,} piped `/paper query:…` lines, per line beyond start-up",
        "seed",
        Figure.single(per_line, "ms"),
        Figure.single(_probe_ms_per_line(database, now, lines), "ms"),
        "the same lines straight to the offline Discord",
        Target(LINE_MS, "ms"),
    )


def _figure(values: list[float]) -> Figure:
    """Few runs: p50 is the median, p99 the slowest."""
    return Figure.of(values, unit="s")


def startup_rows(seed: BenchStore, workdir: Path, runs: int, lines: int) -> list[Row]:
    """Warm start (seeded file), cold start (empty file) and `confbot seed` (empty file), each
    `runs` times, and the console's cost per line over `lines` piped lines."""
    workdir.mkdir(parents=True, exist_ok=True)
    _run_seconds(_console(workdir / "caches.db"), workdir)  # compiles and caches every module
    baseline = _figure([_run_seconds(IMPORT_ONLY, workdir) for _ in range(runs)])
    warm = _figure([_first_reply(seed.path, workdir) for _ in range(runs)])
    cold = _figure([_first_reply(workdir / f"cold-{run}.db", workdir) for run in range(runs)])
    seeding = _figure(
        [
            _run_seconds(
                [sys.executable, "-m", "bot", "seed", "--db", str(workdir / f"seed-{run}.db")],
                workdir,
            )
            for run in range(runs)
        ]
    )
    name = "`python -c 'import bot.offline.console'`"
    return [
        Row("start-up", "first console reply, seeded DB", "seed", warm, baseline, name),
        Row(
            "start-up",
            "first console reply, cold (migrate + seed)",
            "seed",
            cold,
            baseline,
            name,
            Target(COLD_START_S, "s"),
        ),
        Row("start-up", "`confbot seed` into an empty DB", "seed", seeding, baseline, name),
        console_line_row(seed, workdir, lines),
    ]


def seed_time_rows(stores: list[BenchStore]) -> list[Row]:
    """In-process generation-free seed time of each store built for this run (parse included)."""
    return [
        Row(
            "start-up",
            "seed (parse, validate, insert, index, related papers) in-process",
            f"{bench.label} ({bench.papers:,} papers)",
            Figure.single(bench.seed_seconds, "s"),
        )
        for bench in stores
    ]


def _peak_rss_mb(bench: BenchStore, queries: int) -> float:
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.rss_probe",
            str(bench.path),
            str(bench.data_dir),
            bench.conference.slug,
            str(queries),
        ],
        cwd=PROJECT_ROOT,
        env=_environment(),
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S * 5,
    ).stdout
    return float(json.loads(output)["peak_rss_mb"])


def memory_row(largest: BenchStore, seed: BenchStore, queries: int) -> Row:
    return Row(
        "memory",
        "peak RSS: open the store, search and autocomplete",
        f"{largest.label} ({largest.papers:,} papers)",
        Figure.single(_peak_rss_mb(largest, queries), "MB"),
        Figure.single(_peak_rss_mb(seed, queries), "MB"),
        "same probe on the seed",
        Target(RSS_MB, "MB"),
    )
