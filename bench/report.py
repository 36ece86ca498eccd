"""The results as a markdown table, and RESULTS.md: the table plus what it was measured on.

Figures without the machine, the versions and the command are not comparable, so they are
always written together.
"""

from __future__ import annotations

import os
import platform
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from bench.measure import Figure, Row

HEADER = (
    "| area | measurement | size | p50 | p99 | floor p50 | × floor | baseline | baseline p50 "
    "| baseline p99 | ratio | target | met |"
)
RULE = "|---|---|---|--:|--:|--:|--:|---|--:|--:|--:|---|---|"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        if value < 1:
            return f"{value:.3f} ms"
        return f"{value:.2f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def _cells(figure: Figure | None) -> tuple[str, str]:
    if figure is None:
        return "—", "—"
    return _number(figure.p50, figure.unit), _number(figure.p99, figure.unit)


def _times(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.3g}×"


def _ratio(row: Row) -> str:
    """The ratio, and for paired rows the spread of the pairs: their interquartile range."""
    if row.paired is None:
        return _times(row.ratio)
    paired = row.paired
    return f"{paired.median:.3g}× (IQR {paired.low:.3g}–{paired.high:.3g}, {paired.rounds} pairs)"


def _paired_target(row: Row) -> str:
    return f"paired ratio's upper quartile <= {row.paired_limit:g}×"


def _targets(row: Row) -> tuple[str, str]:
    """The target cells: the figure's own target and the floor's, each met or not."""
    described, met = [], []
    if row.target is not None:
        described.append(row.target.describe())
        met.append("yes" if row.target.met(row.figure) else "**no**")
    if row.floor_target is not None:
        described.append(f"p50 <= {row.floor_target:g}× floor")
        met.append("yes" if row.floor_met else "**no**")
    if row.paired_limit is not None:
        described.append(_paired_target(row))
        met.append("yes" if row.paired_met else "**no**")
    return "; ".join(described), "; ".join(met)


def _line(row: Row) -> str:
    p50, p99 = _cells(row.figure)
    base50, base99 = _cells(row.baseline)
    floor = "—" if row.floor is None else _number(row.floor.p50, row.floor.unit)
    cells = (row.area, row.what, row.size, p50, p99, floor, _times(row.floor_ratio))
    baseline = (row.baseline_name or "—", base50, base99, _ratio(row))
    return "| " + " | ".join((*cells, *baseline, *_targets(row))) + " |"


def table(rows: Sequence[Row]) -> str:
    return "\n".join([HEADER, RULE, *(_line(row) for row in rows)])


def verdicts(rows: Sequence[Row]) -> list[str]:
    """One line per target: met or missed, and by how much (the headline value over the limit)."""
    lines = []
    for row in rows:
        name = f"{row.area} / {row.what} / {row.size}"
        if row.target is not None:
            value = row.figure.headline
            share = value / row.target.limit
            state = "met" if row.target.met(row.figure) else "MISSED"
            lines.append(
                f"- {state}: {name}: "
                f"{_number(value, row.figure.unit)} against {row.target.describe()} ({share:.0%})"
            )
        if row.floor_target is not None and row.floor is not None:
            state = "met" if row.floor_met else "MISSED"
            lines.append(
                f"- {state}: {name}: p50 {_number(row.figure.p50, row.figure.unit)} is "
                f"{_times(row.floor_ratio)} the raw statement's "
                f"{_number(row.floor.p50, row.floor.unit)} (at most {row.floor_target:g}×)"
            )
        if row.paired is not None and row.paired_limit is not None:
            state = "met" if row.paired_met else "MISSED"
            lines.append(f"- {state}: {name}: {_ratio(row)} against {_paired_target(row)}")
    return lines


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        pass
    return "RAM unknown"


def environment(command: str, load_at_start: float) -> list[str]:
    """What the figures were measured on; the load average shows if anything else ran."""
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {_cpu_model()}, {os.cpu_count()} cores, {_memory()}, "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"discord.py {version('discord.py')}, SQLAlchemy {version('SQLAlchemy')}, "
        f"aiosqlite {version('aiosqlite')}",
        f"- Command: `{command}`",
        f"- Load average (1 min): {load_at_start:.2f} at the start, "
        f"{os.getloadavg()[0]:.2f} at the end, on {os.cpu_count()} cores",
        "- Start-up processes cache compiled modules, as Python does by default "
        "(PYTHONDONTWRITEBYTECODE is not passed on to them)",
    ]


def document(rows: Sequence[Row], command: str, load_at_start: float) -> str:
    return "\n".join(
        [
            "# Benchmark results",
            "",
            "Written by `python -m bench`; see the README's Benchmarks section for what each row "
            "measures. Times are wall-clock; p50 and p99 are nearest-rank percentiles of every "
            "timed call (for start-up, of a few runs: the median and the slowest). The floor is "
            "the raw SQLite statement the path rests on, run on a plain `sqlite3` connection "
            "to the same database in the same run, and × floor is the measured p50 over the "
            "floor's p50. The ratio is the measured p99 (or single value) over the baseline's: "
            "for times, below 1 is faster than the baseline; for rates, below 1 is slower. "
            "Where the baseline was measured in pairs with the figure, back to back, the ratio "
            "is the median of the pairs' ratios, with their interquartile range.",
            "",
            *environment(command, load_at_start),
            "",
            table(rows),
            "",
            "## Targets",
            "",
            *verdicts(rows),
            "",
        ]
    )


def write(path: Path, rows: Sequence[Row], command: str, load_at_start: float) -> None:
    path.write_text(document(rows, command, load_at_start), encoding="utf-8")
