"""Every notion of "now" in the bot comes from a Clock, so a past conference can be replayed
(rehearsal) and tests can move time by hand instead of sleeping."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What services and the reminder dispatcher need to know about time."""

    def now(self) -> datetime:
        """The current instant, aware and in UTC."""
        ...

    def real_seconds_until(self, when: datetime) -> float:
        """How long to really sleep until `when` is reached on this clock (inf: never by itself)."""
        ...


def _require_aware(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("clock times must carry a time zone")
    return when.astimezone(UTC)


class SystemClock:
    """The real wall clock, for production."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def real_seconds_until(self, when: datetime) -> float:
        return max(0.0, (_require_aware(when) - self.now()).total_seconds())


class RehearsalClock:
    """Starts at a chosen instant and runs `speed` times faster than real time.

    Lets an operator replay a past conference with live reminders: at speed 60 an hour of the
    programme passes in a minute.
    """

    def __init__(self, start: datetime, speed: float = 1.0) -> None:
        if speed <= 0 or not math.isfinite(speed):
            raise ValueError("speed must be a positive number")
        self._start = _require_aware(start)
        self._speed = speed
        self._origin = time.monotonic()
        self._offset = timedelta()

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> datetime:
        elapsed = (time.monotonic() - self._origin) * self._speed
        return self._start + self._offset + timedelta(seconds=elapsed)

    def advance(self, delta: timedelta) -> None:
        """Jump forward, as the console's `:advance` does."""
        self._offset += delta

    def real_seconds_until(self, when: datetime) -> float:
        return max(0.0, (_require_aware(when) - self.now()).total_seconds() / self._speed)


class ManualClock:
    """Time that moves only when told to: tests and deterministic benchmarks."""

    def __init__(self, start: datetime) -> None:
        self._now = _require_aware(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, when: datetime) -> None:
        self._now = _require_aware(when)

    def real_seconds_until(self, when: datetime) -> float:
        return 0.0 if _require_aware(when) <= self._now else math.inf
