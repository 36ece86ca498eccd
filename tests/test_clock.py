"""Clocks: manual time for tests, rehearsal time that replays a past conference faster."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.clock import ManualClock, RehearsalClock, SystemClock

CDT = timezone(timedelta(hours=-5))
TUESDAY_0830 = datetime(2019, 5, 7, 8, 30, tzinfo=CDT)
NAIVE = datetime(2019, 5, 7, 8, 30)  # noqa: DTZ001 - deliberately naive


def test_manual_clock_stands_still_until_told_to_move() -> None:
    clock = ManualClock(TUESDAY_0830)

    assert clock.now() == clock.now() == TUESDAY_0830


def test_manual_clock_reports_time_in_utc() -> None:
    clock = ManualClock(TUESDAY_0830)

    assert clock.now().utcoffset() == timedelta(0)
    assert clock.now() == datetime(2019, 5, 7, 13, 30, tzinfo=UTC)


def test_manual_clock_advance_moves_time_forward_by_exactly_that_much() -> None:
    clock = ManualClock(TUESDAY_0830)

    clock.advance(timedelta(minutes=90))
    clock.advance(timedelta(seconds=1))

    assert clock.now() == TUESDAY_0830 + timedelta(minutes=90, seconds=1)


def test_manual_clock_can_be_set_to_another_instant() -> None:
    clock = ManualClock(TUESDAY_0830)
    later = datetime(2019, 5, 9, 16, 0, tzinfo=CDT)

    clock.set(later)

    assert clock.now() == later


def test_manual_clock_never_reaches_a_future_instant_by_itself() -> None:
    clock = ManualClock(TUESDAY_0830)

    assert clock.real_seconds_until(TUESDAY_0830 + timedelta(minutes=1)) == math.inf
    assert clock.real_seconds_until(TUESDAY_0830) == 0.0
    assert clock.real_seconds_until(TUESDAY_0830 - timedelta(hours=1)) == 0.0


def test_a_future_instant_is_due_once_the_manual_clock_is_advanced_past_it() -> None:
    clock = ManualClock(TUESDAY_0830)
    due = TUESDAY_0830 + timedelta(minutes=15)

    clock.advance(timedelta(minutes=15))

    assert clock.real_seconds_until(due) == 0.0


def test_rehearsal_clock_starts_at_the_chosen_instant() -> None:
    clock = RehearsalClock(TUESDAY_0830, speed=60)

    elapsed = clock.now() - TUESDAY_0830

    assert timedelta(0) <= elapsed < timedelta(seconds=60)
    assert clock.now().utcoffset() == timedelta(0)


def test_rehearsal_clock_runs_speed_times_faster_than_real_time() -> None:
    speed = 3600.0
    clock = RehearsalClock(TUESDAY_0830, speed=speed)

    before_first = time.monotonic()
    first = clock.now()
    after_first = time.monotonic()
    while True:  # spin (no sleep) until a few real milliseconds have passed
        before_second = time.monotonic()
        second = clock.now()
        after_second = time.monotonic()
        if before_second - after_first >= 0.005:
            break

    rehearsed = (second - first).total_seconds()
    assert speed * (before_second - after_first) <= rehearsed + 1e-6
    assert rehearsed <= speed * (after_second - before_first) + 1e-6


def test_rehearsal_clock_waits_only_a_minute_for_an_hour_of_programme_at_speed_60() -> None:
    clock = RehearsalClock(TUESDAY_0830, speed=60)

    wait = clock.real_seconds_until(TUESDAY_0830 + timedelta(hours=1))

    assert 59.0 < wait <= 60.0


def test_rehearsal_clock_advance_jumps_ahead_like_the_console_command() -> None:
    clock = RehearsalClock(TUESDAY_0830, speed=1)

    clock.advance(timedelta(hours=2))

    assert timedelta(hours=2) <= clock.now() - TUESDAY_0830 < timedelta(hours=2, seconds=5)
    assert clock.real_seconds_until(TUESDAY_0830 + timedelta(hours=1)) == 0.0


def test_rehearsal_clock_remembers_its_speed() -> None:
    assert RehearsalClock(TUESDAY_0830, speed=12.5).speed == 12.5


@pytest.mark.parametrize("speed", [0, -1, math.inf, math.nan])
def test_rehearsal_clock_refuses_a_speed_that_is_not_a_positive_number(speed: float) -> None:
    with pytest.raises(ValueError, match="speed"):
        RehearsalClock(TUESDAY_0830, speed=speed)


def test_system_clock_gives_the_current_time_in_utc() -> None:
    before = datetime.now(UTC)
    now = SystemClock().now()
    after = datetime.now(UTC)

    assert before <= now <= after
    assert now.utcoffset() == timedelta(0)


def test_system_clock_does_not_wait_for_the_past() -> None:
    assert SystemClock().real_seconds_until(TUESDAY_0830) == 0.0


def test_clocks_refuse_to_start_at_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="time zone"):
        ManualClock(NAIVE)
    with pytest.raises(ValueError, match="time zone"):
        RehearsalClock(NAIVE)


def test_clocks_refuse_naive_datetimes_when_asked_how_long_to_wait() -> None:
    clocks = [SystemClock(), RehearsalClock(TUESDAY_0830), ManualClock(TUESDAY_0830)]
    for clock in clocks:
        with pytest.raises(ValueError, match="time zone"):
            clock.real_seconds_until(NAIVE)


def test_manual_clock_refuses_to_be_set_to_a_naive_datetime() -> None:
    clock = ManualClock(TUESDAY_0830)

    with pytest.raises(ValueError, match="time zone"):
        clock.set(NAIVE)
    assert clock.now() == TUESDAY_0830
