"""Start-up and memory, measured on real processes: wall time from spawn to the first reply.

A process is what an operator starts, so imports, migrations and (when cold) the first seed all
count. The baseline is a process that only imports the bot (`import bot.cli`): the part of the
start no code of ours can shorten. Peak RSS is read with getrusage inside a process that opens
the largest store and searches it (see bench/rss_probe.py), beside the same probe on the seed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.measure import Figure, Row, Target
from bench.stores import BenchStore

PROJECT_ROOT = Path(__file__).resolve().parent.parent
COLD_START_S = 2.0
RSS_MB = 200.0
TIMEOUT_S = 120
IMPORT_ONLY = [sys.executable, "-c", "import bot.cli"]


def _environment() -> dict[str, str]:
    """The caller's environment without settings that would point the bot elsewhere."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CONFBOT_", "DATABASE_URL", "DISCORD_"))
    }


def _first_reply(database: Path, workdir: Path) -> float:
    """Seconds from spawning `confbot console` with `/conference` piped in to its first line."""
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(database)],
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


def _run_seconds(command: list[str], workdir: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=workdir, env=_environment(), check=True, capture_output=True, timeout=TIMEOUT_S
    )
    return time.perf_counter() - start


def _figure(values: list[float]) -> Figure:
    """Few runs: p50 is the median, p99 the slowest."""
    return Figure.of(values, unit="s")


def startup_rows(seed: BenchStore, workdir: Path, runs: int) -> list[Row]:
    """Warm start (seeded file), cold start (empty file) and `confbot seed` (empty file)."""
    workdir.mkdir(parents=True, exist_ok=True)
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
    name = "`python -c 'import bot.cli'`"
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
    ]


def seed_time_rows(stores: list[BenchStore]) -> list[Row]:
    """In-process generation-free seed time of each store built for this run (parse included)."""
    return [
        Row(
            "start-up",
            "seed (parse, validate, insert, index) in-process",
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
