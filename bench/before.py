"""The read paths on today's code beside the same paths on the code before the feature rooms.

The house refactor (issue 21) promised that no read path got slower. Its baseline is the code
of commit `BEFORE`, taken out of the repository with `git archive`: /paper and /schedule run
through the offline Discord on both, at the seed and at the largest size, by the same probe
(bench/read_probe.py), each tree on a store its own code seeded (their schemas differ). The
two trees take turns in processes of their own, the first going first every other turn, so
that load which comes and goes on a shared machine falls on both alike. Without the
repository's history (an unpacked release) the rows are left out, with a line saying so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from bench.measure import Figure, Row
from bench.stores import size_label

BEFORE = "a72f308"
"""The last commit before features moved into rooms of their own."""
PROJECT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).resolve().parent / "read_probe.py"
PARTS = ("bot", "cogs", "bench", "data")
"""What a probe of the old code needs from its tree."""
COMMANDS = {
    "paper": "`/paper query:…` (rare, several words, authors)",
    "schedule": "`/schedule day:…` (each day)",
    "paper cpu": "`/paper query:…`, CPU time (the process's, its threads included)",
    "schedule cpu": "`/schedule day:…`, CPU time (the process's, its threads included)",
}
"""The probe's figures: wall time is what a user waits; CPU time is what the code costs,
and varies far less when other processes share the machine."""


def _unpacked(folder: Path) -> Path | None:
    """The tree of `BEFORE` under `folder`, or None when the repository cannot give it."""
    tree = folder / BEFORE
    if tree.exists():
        return tree
    try:
        archive = subprocess.run(
            ["git", "-C", str(PROJECT), "archive", "--format=tar", BEFORE, *PARTS],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as unpacked:
        unpacked.extractall(tree, filter="data")
    return tree


def _probe(tree: Path, folder: Path, size: str, rounds: int) -> dict[str, list[float]]:
    """One probe process on `tree`'s code; its answer is the last line it prints."""
    done = subprocess.run(
        [sys.executable, str(PROBE), str(folder), size, str(rounds)],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    answer: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def _order(old: Path, turn: int) -> tuple[tuple[Path, str], ...]:
    """The trees of one turn, the first going first every other turn, so that load rising
    or falling across a run weighs on both alike."""
    both = ((old, "before"), (PROJECT, "now"))
    return both if turn % 2 == 0 else both[::-1]


def _median(times: list[float]) -> Figure:
    """The p50 alone: p99 on a shared machine says more about its neighbours than about
    the code, so these rows compare medians (the ratio column is their ratio)."""
    return Figure(Figure.of(times).p50, None, "ms", len(times))


def before_rows(workdir: Path, sizes: Sequence[int | None], turns: int, rounds: int) -> list[Row]:
    """Each size's /paper and /schedule on today's code, with `BEFORE`'s as the baseline:
    `turns` runs of each tree, alternating, of `rounds` rounds each."""
    old = _unpacked(workdir)
    if old is None:
        print(f"bench: commit {BEFORE} is not in this repository; the rows before it are left out")
        return []
    rows: list[Row] = []
    for papers in sizes:
        size = "seed" if papers is None else str(papers)
        samples: dict[Path, dict[str, list[float]]] = {PROJECT: {}, old: {}}
        for turn in range(turns):
            for tree, label in _order(old, turn):
                found = _probe(tree, workdir / label, size, rounds)
                for command, times in found.items():
                    samples[tree].setdefault(command, []).extend(times)
        for command, what in COMMANDS.items():
            now = _median(samples[PROJECT][command])
            then = _median(samples[old][command])
            rows.append(Row("before", what, size_label(papers), now, then, f"the code at {BEFORE}"))
    return rows
