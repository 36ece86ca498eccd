"""Timing and the figures every benchmark reports: percentiles, a baseline, a target.

Percentiles are nearest-rank over the raw samples, not interpolated: with a few hundred samples
p99 is then one of the slowest calls actually observed, which is what a user would have waited.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

_T = TypeVar("_T")
_P = ParamSpec("_P")


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Figure:
    """A measured quantity: p50 and p99 of samples, or one value (p99 None)."""

    p50: float
    p99: float | None
    unit: str
    samples: int

    @classmethod
    def of(cls, values: list[float], unit: str = "ms") -> Figure:
        return cls(percentile(values, 0.5), percentile(values, 0.99), unit, len(values))

    @classmethod
    def single(cls, value: float, unit: str) -> Figure:
        return cls(value, None, unit, 1)

    @property
    def headline(self) -> float:
        """The value targets and ratios use: p99 when there is one."""
        return self.p99 if self.p99 is not None else self.p50


@dataclass(frozen=True)
class Target:
    """A limit on a figure's headline value; `at_least` for rates, where more is better."""

    limit: float
    unit: str
    at_least: bool = False

    def met(self, figure: Figure) -> bool:
        value = figure.headline
        return value >= self.limit if self.at_least else value <= self.limit

    def describe(self) -> str:
        return f"{'>=' if self.at_least else '<='} {self.limit:g} {self.unit}"


@dataclass(frozen=True)
class Paired:
    """Ratios of a figure to its baseline, each measured back to back with it (one per round),
    by their quartiles: load that comes and goes on a shared machine falls on both halves of a
    pair alike, so the ratios scatter far less than either figure does."""

    low: float
    median: float
    high: float
    rounds: int

    @classmethod
    def of(cls, ratios: list[float]) -> Paired:
        if len(ratios) == 1:
            return cls(ratios[0], ratios[0], ratios[0], 1)
        low, median, high = statistics.quantiles(ratios, n=4, method="inclusive")
        return cls(low, median, high, len(ratios))


@dataclass(frozen=True)
class Row:
    """One line of the results table: a figure beside its baseline and, maybe, a target."""

    area: str
    what: str
    size: str
    figure: Figure
    baseline: Figure | None = None
    baseline_name: str = ""
    target: Target | None = None
    floor: Figure | None = None
    """The raw SQLite statement the path rests on, timed on a plain connection: the physical
    floor, beside which the rest of the path is overhead."""
    floor_target: float | None = None
    """At most this many times the floor, at p50."""
    paired: Paired | None = None
    """The figure over its baseline round by round, when they were measured in pairs."""
    paired_limit: float | None = None
    """At most this for the upper quartile of the paired ratios."""

    @property
    def ratio(self) -> float | None:
        """Measured over baseline (headline values, or the median of paired ratios): for a
        time, below 1 is faster than the baseline; for a rate, below 1 is slower."""
        if self.paired is not None:
            return self.paired.median
        if self.baseline is None or self.baseline.headline == 0:
            return None
        return self.figure.headline / self.baseline.headline

    @property
    def floor_ratio(self) -> float | None:
        """Measured p50 over the floor's p50: how many times SQLite's own cost the answer is."""
        if self.floor is None or self.floor.p50 == 0:
            return None
        return self.figure.p50 / self.floor.p50

    @property
    def floor_met(self) -> bool | None:
        ratio = self.floor_ratio
        if self.floor_target is None or ratio is None:
            return None
        return ratio <= self.floor_target

    @property
    def paired_met(self) -> bool | None:
        if self.paired is None or self.paired_limit is None:
            return None
        return self.paired.high <= self.paired_limit


async def timed_ms(
    call: Callable[_P, Awaitable[_T]], *args: _P.args, **kwargs: _P.kwargs
) -> tuple[float, _T]:
    """Wall time of one awaited call in milliseconds, and its result."""
    start = time.perf_counter()
    result = await call(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result
