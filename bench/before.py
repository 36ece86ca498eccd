"""The read paths on today's code beside the same paths on the code before the feature rooms.

The house refactor (issue 21) promised that no read path got slower. Its baseline is the code
of commit `BEFORE`, taken out of the repository with `git archive`: /paper and /schedule run
through the offline Discord on both, at the seed and at the largest size, by the same probe
(bench/read_probe.py), each tree on a store its own code seeded (their schemas differ), in a
process of its own kept alive for the whole comparison.

Each round asks both trees every query the code before drew and every day, one value at a time
on one tree and then on the other (the first going first every other time), a few times in a
row each, and gives one paired ratio: the median, over the values, of each one's best time
today over its best time before. On a shared machine the load of the moment weighs on both
halves of a pair alike, so the paired ratios scatter far less than either tree's times. A row
gives their median with its interquartile range; a CPU row is met when the upper quartile is at
most 1, that is when today's code was no slower in at least three rounds of four. Without the
repository's history (an unpacked release) the rows are left out, with a line saying so.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from bench.measure import Figure, Paired, Row
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
}
MEASURES = {"wall": "", "cpu": ", CPU time (the process's, its threads included)"}
"""Wall time is what a user waits; CPU time is what the code costs, and varies far less
when other processes share the machine."""
TREES = ("before", "now")
EACH_ROUND = {"paper": 1, "schedule": 3}
"""How many times a round asks each value: a conference has only a few days, and a round's
median stands on a dozen pairs or more."""


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


class _Probe:
    """A probe process on one tree's code, kept alive so that its asks can alternate with the
    other tree's; `values` are the queries and days it drew, by command."""

    def __init__(self, label: str, tree: Path, folder: Path, size: str) -> None:
        self._label = label
        self._process = subprocess.Popen(
            [sys.executable, str(PROBE), str(folder), size],
            cwd=tree,
            env={**os.environ, "PYTHONPATH": str(tree)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self._expect("ready ")
        self.values: dict[str, list[str]] = json.loads(ready.removeprefix("ready "))

    def run(self, command: str, value: str) -> dict[str, list[float]]:
        """Wall and CPU milliseconds of each of REPEATS interactions of `command` on `value`."""
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps([command, value]) + "\n")
        self._process.stdin.flush()
        answer: dict[str, list[float]] = json.loads(self._expect("{"))
        return answer

    def close(self) -> None:
        """End the process; one that failed says so."""
        if self._process.stdin is not None and not self._process.stdin.closed:
            self._process.stdin.close()
        if self._process.wait(timeout=120):
            raise RuntimeError(f"the read probe on the code {self._label} failed")

    def _expect(self, start: str) -> str:
        """The next line the probe prints that begins with `start` (others are its chatter)."""
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith(start):
                return line
        self._process.wait(timeout=120)
        raise RuntimeError(f"the read probe on the code {self._label} stopped")


class _Pairs:
    """Every tree's times per command and measure, and the paired ratio of each round."""

    def __init__(self) -> None:
        self.times: dict[tuple[str, str, str], list[float]] = {}
        self.ratios: dict[tuple[str, str], list[float]] = {}
        self._round: dict[tuple[str, str], list[float]] = {}

    def add(self, command: str, answers: dict[str, dict[str, list[float]]]) -> None:
        """One value (a query, a day) of `command` on each tree, back to back: its best time
        today over its best time before. Another process can only ever add to a time, so the
        best of a few tells the code's own cost."""
        for measure in MEASURES:
            for tree in TREES:
                self.times.setdefault((tree, command, measure), []).extend(answers[tree][measure])
            now, then = (min(answers[tree][measure]) for tree in ("now", "before"))
            self._round.setdefault((command, measure), []).append(now / then)

    def end_round(self) -> None:
        """The round's ratio is the median over its values: they differ in cost, so a
        median of times would jump between them, while the ratio of like with like does not."""
        for key, ratios in self._round.items():
            self.ratios.setdefault(key, []).append(statistics.median(ratios))
        self._round.clear()

    def rows(self, size: str) -> list[Row]:
        rows: list[Row] = []
        for measure, told in MEASURES.items():
            for command, what in COMMANDS.items():
                now, then = (_median(self.times[tree, command, measure]) for tree in TREES[::-1])
                rows.append(
                    Row(
                        "before",
                        what + told,
                        size,
                        now,
                        then,
                        f"the code at {BEFORE}",
                        paired=Paired.of(self.ratios[command, measure]),
                        paired_limit=1.0 if measure == "cpu" else None,
                    )
                )
        return rows


def _order(turn: int) -> tuple[str, ...]:
    """The trees of one turn, the first going first every other turn, so that load rising or
    falling weighs on both alike."""
    return TREES if turn % 2 == 0 else TREES[::-1]


def _median(times: list[float]) -> Figure:
    """The p50 alone: p99 on a shared machine says more about its neighbours than about
    the code."""
    return Figure(Figure.of(times).p50, None, "ms", len(times))


def _compare(probes: dict[str, _Probe], rounds: int) -> _Pairs:
    """Both trees asked the values the code before drew: today's index may hold words the
    old one lacks (a paper's name opening its summary), so the two draw different rare
    terms; a query is a query to either, and each time paired is a best of several."""
    values = probes["before"].values
    if probes["now"].values["schedule"] != values["schedule"]:
        raise RuntimeError("the two trees hold different days: their times cannot pair")
    pairs = _Pairs()
    for turn in range(rounds):
        for command in COMMANDS:
            for index, value in enumerate(values[command] * EACH_ROUND[command]):
                order = _order(turn + index)
                pairs.add(command, {tree: probes[tree].run(command, value) for tree in order})
        pairs.end_round()
    return pairs


def before_rows(workdir: Path, sizes: Sequence[int | None], rounds: int) -> list[Row]:
    """Each size's /paper and /schedule on today's code beside `BEFORE`'s, in `rounds` rounds
    of every query and day on both."""
    old = _unpacked(workdir)
    if old is None:
        print(f"bench: commit {BEFORE} is not in this repository; the rows before it are left out")
        return []
    trees = {"before": old, "now": PROJECT}
    rows: list[Row] = []
    for papers in sizes:
        size = "seed" if papers is None else str(papers)
        probes: dict[str, _Probe] = {}
        try:
            for tree, code in trees.items():
                probes[tree] = _Probe(tree, code, workdir / tree, size)
            pairs = _compare(probes, rounds)
        finally:
            for probe in probes.values():
                probe.close()
        rows += pairs.rows(size_label(papers))
    return rows
