"""Reading the single values of a frab event: every spelling the exports use, and nothing
else."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from bot.domain.kinds import Kind
from bot.imports.frab_values import (
    calendar_day,
    clock,
    date_time,
    duration,
    kind_of,
    told_apart,
    type_of,
)


@pytest.mark.parametrize(
    ("written", "length"),
    [
        ("00:45", timedelta(minutes=45)),
        ("1:30", timedelta(hours=1, minutes=30)),
        ("0:45:30", timedelta(minutes=45, seconds=30)),
        ("PT1H30M", timedelta(hours=1, minutes=30)),
        ("PT5M", timedelta(minutes=5)),
        ("P1DT2H", timedelta(days=1, hours=2)),
    ],
)
def test_durations_in_every_exported_spelling(written: str, length: timedelta) -> None:
    assert duration(written) == length


@pytest.mark.parametrize("written", ["soon", "45", "PT", "P", "1h30", ""])
def test_anything_else_is_no_duration(written: str) -> None:
    assert duration(written) is None


def test_clock_times_with_and_without_seconds() -> None:
    assert clock("09:30") == time(9, 30)
    assert clock("23:59:59") == time(23, 59, 59)
    assert clock("24:00") is None
    assert clock("9.30") is None


def test_a_date_time_keeps_its_offset_and_a_bare_date_is_none() -> None:
    moment = date_time("2031-03-04T09:30:00+01:00")
    assert moment is not None
    assert moment.utcoffset() == timedelta(hours=1)
    assert date_time("2031-03-04") is None
    assert date_time("2031-02-30T09:00:00+01:00") is None


def test_the_calendar_day_is_the_date_as_written() -> None:
    assert calendar_day("2031-03-04") == date(2031, 3, 4)
    assert calendar_day("2031-03-04T23:30:00-05:00") == date(2031, 3, 4)
    assert calendar_day("March 4th") is None


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("Keynote", Kind.KEYNOTE),
        ("KEYNOTE", Kind.KEYNOTE),
        ("Workshop", Kind.WORKSHOP),
        ("HANDS-ON", Kind.WORKSHOP),
        ("Poster session", Kind.POSTER),
        ("Coffee", Kind.BREAK),
        ("BREAK", Kind.BREAK),
        ("Lunch break", Kind.MEAL),
        ("Dinner", Kind.MEAL),
        ("Party", Kind.SOCIAL),
        ("Opening", Kind.OPENING),
        ("Closing", Kind.CLOSING),
        ("Panel", Kind.DEBATE),
        ("Debate", Kind.DEBATE),
        ("Talk", Kind.TALK),
        ("Lecture", Kind.TALK),
        ("LIGHTNING_TALK", Kind.TALK),
        (None, Kind.TALK),
    ],
)
def test_the_type_names_the_kind(event_type: str | None, kind: Kind) -> None:
    assert kind_of(event_type, None) is kind


def test_the_track_is_the_hint_when_the_type_names_no_kind() -> None:
    assert kind_of("Talk", "Workshops") is Kind.WORKSHOP
    assert kind_of("other", "Security") is Kind.TALK
    assert kind_of("Keynote", "Workshops") is Kind.KEYNOTE


def test_a_word_inside_another_word_names_no_kind() -> None:
    assert kind_of("Breakout discussion", None) is Kind.TALK


def test_lectures_filed_apart_from_talks_keep_their_type() -> None:
    """A programme filing its main halls' talks as "lecture" and the villages' as "Talk" says
    which are lectures; one filing every talk alike (beside "other") says nothing by it."""
    apart = told_apart(["lecture", "Talk", "DJ Set", "Lectures", None])
    assert type_of("lecture", apart) == "lecture"
    assert type_of("Talk", apart) is None
    assert type_of("DJ Set", apart) == "DJ Set"
    alike = told_apart(["lecture", "lecture", "other", "podium"])
    assert alike == frozenset()
    assert type_of("lecture", alike) is None
