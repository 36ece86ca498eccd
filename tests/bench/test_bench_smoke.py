"""The benchmark's smoke run: every benchmark end to end at tiny sizes, so it cannot rot.

Runs `python -m bench --quick` as an operator would, in its own process (the start-up benchmark
spawns more), and checks the report rather than any figure: timings are not for tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.before import BEFORE
from tests.postgres import postgres_binaries

pytestmark = pytest.mark.slow  # runs confbot in processes of its own

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
DATA = PROJECT_ROOT / "data"


def test_quick_run_reports_everything_and_leaves_results_and_data_alone(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    before = RESULTS.stat().st_mtime_ns if RESULTS.exists() else None
    data = sorted((path.name, path.stat().st_mtime_ns) for path in DATA.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = out.read_text(encoding="utf-8")
    areas = (
        "| search |",
        "| autocomplete |",
        "| command |",
        "| reminders |",
        "| import |",
        "| loop |",
    )
    for area in (*areas, "| pictures |", "| enrich |", "| related |"):
        assert area in written
    for what in ("first console reply", "peak RSS", "fan-out", "lateness", "throughput"):
        assert what in written
    for what in (
        "| × floor |",
        "interactions per CPU second",
        "concurrent interactions",
        "the hop",
    ):
        assert what in written
    left_out = f"commit {BEFORE} is not in this repository; the rows before it are left out"
    assert "| before |" in written or left_out in done.stdout
    if postgres_binaries() is None:
        assert "PostgreSQL is not installed; its rows are left out" in done.stdout
    else:
        for what in ("rare terms on PostgreSQL", "fan-out on PostgreSQL", "claim and mark sent"):
            assert what in written, "search and reminders on both backends, side by side"
    assert f"- Command: `python -m bench --quick --out {out}`" in written
    assert "| search |" in done.stdout
    assert (RESULTS.stat().st_mtime_ns if RESULTS.exists() else None) == before
    assert sorted((path.name, path.stat().st_mtime_ns) for path in DATA.iterdir()) == data
