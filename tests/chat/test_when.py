"""Days, parts of days and 'in an hour' in a question, decided against the venue's clock, with
lunch following the day's own meal session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from bot.chat.service import narrowed
from bot.chat.when import Part, day_of, in_part, named_times
from bot.clock import ManualClock
from bot.domain.records import ConferenceView, SessionView

Venue = Callable[[str], datetime]


@pytest.mark.parametrize(
    ("said", "day", "part"),
    [
        ("what's on thursday afternoon?", "thursday", Part.AFTERNOON),
        ("keynote tomorrow morning", "tomorrow", Part.MORNING),
        ("anything tonight", "today", Part.EVENING),
        ("what is after lunch", None, Part.AFTER_LUNCH),
        ("talks on friday before noon", "friday", Part.MORNING),
        ("this afternoon", "today", Part.AFTERNOON),
        ("what's on may 9th", "9 may", None),
        ("schedule 2019-05-06", "2019-05-06", None),
        ("programme for day 1", "day 1", None),
    ],
)
def test_days_and_parts_of_days(said: str, day: str | None, part: Part | None) -> None:
    named = named_times(said)
    assert (named.day, named.part) == (day, part)


@pytest.mark.parametrize(
    ("said", "offset"),
    [
        ("in an hour", timedelta(hours=1)),
        ("in 30 minutes", timedelta(minutes=30)),
        ("in half an hour", timedelta(minutes=30)),
        ("in 2 hours", timedelta(hours=2)),
    ],
)
def test_in_a_while(said: str, offset: timedelta) -> None:
    assert named_times(f"what's on {said}?").offset == offset


def test_tomorrow_is_counted_from_the_venue_clock(conf: ConferenceView, venue: Venue) -> None:
    wednesday_evening = ManualClock(venue("2019-05-08T19:00"))
    assert day_of(conf, named_times("tomorrow morning"), wednesday_evening) == date(2019, 5, 9)


def _session(slug: str, kind: str, start: datetime, minutes: int) -> SessionView:
    return SessionView(
        id=0,
        slug=slug,
        kind=kind,
        title=slug,
        starts_at=start,
        ends_at=start + timedelta(minutes=minutes),
        timing="verified",
        room=None,
        topics=(),
        people=(),
        talk_title=None,
        description="",
        url=None,
    )


def test_after_lunch_starts_when_that_days_lunch_ends(conf: ConferenceView, venue: Venue) -> None:
    day = (
        _session("lunch", "meal", venue("2019-05-07T12:30"), 90),
        _session("expo", "expo", venue("2019-05-07T13:00"), 60),
        _session("keynote", "keynote", venue("2019-05-07T14:00"), 45),
    )
    after = [s.slug for s in in_part(day, Part.AFTER_LUNCH, date(2019, 5, 7), conf)]
    during = [s.slug for s in in_part(day, Part.LUNCH, date(2019, 5, 7), conf)]
    assert after == ["keynote"]
    assert during == ["lunch", "expo"]


def test_an_evening_runs_into_the_small_hours_of_the_next_day(
    conf: ConferenceView, venue: Venue
) -> None:
    night = (
        _session("dj-early", "social", venue("2019-05-07T22:00"), 60),
        _session("dj-late", "social", venue("2019-05-08T01:00"), 120),
        _session("breakfast-talk", "talk", venue("2019-05-08T07:00"), 60),
    )
    on_the_day = narrowed(list(night), conf, day=date(2019, 5, 7), part=Part.EVENING)
    assert [s.slug for s in on_the_day] == ["dj-early", "dj-late"]
    assert not narrowed(list(night), conf, day=date(2019, 5, 7), part=Part.MORNING)


@pytest.mark.parametrize(
    ("said", "day", "at"),
    [
        ("what's at 2pm the day after tomorrow?", "day after tomorrow", (14, 0)),
        ("what's on at 3:30 tmrw", "tomorrow", (15, 30)),
        ("in saal one at 8pm on monday", "monday", (20, 0)),
        ("what's happening on the final day?", "last day", None),
        ("what was on yesterday", "yesterday", None),
        ("what's in saal fuse on the 30th", "30th", None),
        ("at 9am", None, (9, 0)),
        ("what kicks off at noon tomorrow", "tomorrow", (12, 0)),
        ("anything around midday on friday", "friday", (12, 0)),
        ("who's on at half nine on monday", "monday", (9, 30)),
        ("the keynote at half eleven on tuesday", "tuesday", (11, 30)),
    ],
)
def test_times_of_day_and_relative_days(
    said: str, day: str | None, at: tuple[int, int] | None
) -> None:
    named = named_times(said)
    assert named.day == day
    assert ((named.at.hour, named.at.minute) if named.at else None) == at


def test_an_hour_from_now_is_an_offset() -> None:
    assert named_times("what starts an hour from now?").offset == timedelta(hours=1)


async def test_relative_days_resolve_against_the_clock(conf: ConferenceView, venue: Venue) -> None:
    clock = ManualClock(venue("2019-05-07T10:00"))
    assert day_of(conf, named_times("yesterday"), clock) == date(2019, 5, 6)
    assert day_of(conf, named_times("the day after tomorrow"), clock) == date(2019, 5, 9)
    assert day_of(conf, named_times("the final day"), clock) == date(2019, 5, 9)
    assert day_of(conf, named_times("on the 8th"), clock) == date(2019, 5, 8)
