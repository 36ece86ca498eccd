"""The conference served, and the many ways people name a day of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.domain.days import day_label, default_day, resolve_day, today
from bot.domain.errors import NotFound, UnknownDay
from bot.domain.records import ConferenceView
from bot.i18n.days import weekday_names

Venue = Callable[[str], datetime]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2019, 5, day) for day in (6, 7, 8, 9))


@pytest.fixture
def during(venue: Venue) -> ManualClock:
    """Tuesday morning at the venue."""
    return ManualClock(venue("2019-05-07T10:00"))


async def test_the_conference_is_loaded_with_its_facts(conf: ConferenceView) -> None:
    assert conf.slug == "iclr2019"
    assert conf.full_name == "Seventh International Conference on Learning Representations"
    assert conf.edition == 7
    assert conf.timezone == "America/Chicago"
    assert conf.days == [MONDAY, TUESDAY, WEDNESDAY, THURSDAY]
    assert ("Best paper awards", "2: The Lottery Ticket Hypothesis; Ordered Neurons") in (
        conf.figures
    )
    assert "Addis Ababa" in conf.next_edition["announcement"]


async def test_an_unknown_conference_lists_the_ones_there_are(db: AsyncSession) -> None:
    with pytest.raises(NotFound) as raised:
        await get_conference(db, "neurips2019")

    assert raised.value.suggestions == ("iclr2019",)
    assert "Did you mean: iclr2019?" in str(raised.value)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Wednesday", WEDNESDAY),
        ("wednesday", WEDNESDAY),
        ("wed", WEDNESDAY),
        ("WED", WEDNESDAY),
        ("2019-05-08", WEDNESDAY),
        ("8 May", WEDNESDAY),
        ("Wednesday 8 May", WEDNESDAY),
        ("day 3", WEDNESDAY),
        ("Day 1", MONDAY),
        ("thu", THURSDAY),
        ("tues", TUESDAY),
        ("thurs", THURSDAY),
        ("  tue  ", TUESDAY),
    ],
)
def test_a_day_can_be_named_in_many_ways(
    conf: ConferenceView, during: ManualClock, typed: str, expected: date
) -> None:
    assert resolve_day(conf, typed, during) == expected


def test_today_during_the_conference_is_the_venue_date(conf: ConferenceView, venue: Venue) -> None:
    clock = ManualClock(venue("2019-05-08T23:30"))  # already Thursday in UTC

    assert resolve_day(conf, "today", clock) == WEDNESDAY
    assert resolve_day(conf, "tomorrow", clock) == THURSDAY
    assert today(conf, clock) == WEDNESDAY


def test_no_day_given_means_today_during_the_conference(
    conf: ConferenceView, during: ManualClock
) -> None:
    assert resolve_day(conf, None, during) == TUESDAY
    assert resolve_day(conf, "  ", during) == TUESDAY
    assert default_day(conf, during) == TUESDAY


@pytest.mark.parametrize("when", ["2019-05-01T09:00", "2019-05-10T09:00", "2024-01-01T09:00"])
def test_outside_the_conference_the_default_day_is_day_one(
    conf: ConferenceView, venue: Venue, when: str
) -> None:
    clock = ManualClock(venue(when))

    assert default_day(conf, clock) == MONDAY
    assert resolve_day(conf, None, clock) == MONDAY


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Dienstag", TUESDAY),
        ("dien", TUESDAY),
        ("Di.", TUESDAY),
        ("mercredi", WEDNESDAY),
        ("jue", THURSDAY),
        ("星期一", MONDAY),
        ("周四", THURSDAY),
    ],
)
def test_a_day_can_be_named_in_the_languages_the_bot_speaks(
    conf: ConferenceView, during: ManualClock, typed: str, expected: date
) -> None:
    assert resolve_day(conf, typed, during, weekday_names()) == expected


def test_a_day_the_conference_did_not_have_lists_the_days_it_had(
    conf: ConferenceView, during: ManualClock
) -> None:
    with pytest.raises(UnknownDay) as raised:
        resolve_day(conf, "Friday", during)

    message = str(raised.value)
    assert "“Friday” is not a day of the conference" in message
    for label in ("Monday 6 May", "Tuesday 7 May", "Wednesday 8 May", "Thursday 9 May"):
        assert label in message


@pytest.mark.parametrize(
    "typed", ["Friday", "day 5", "day 0", "2019-05-10", "t", "someday", "x" * 500]
)
def test_anything_else_is_an_unknown_day(
    conf: ConferenceView, during: ManualClock, typed: str
) -> None:
    with pytest.raises(UnknownDay):
        resolve_day(conf, typed, during)


def test_today_outside_the_conference_is_an_unknown_day(conf: ConferenceView, venue: Venue) -> None:
    with pytest.raises(UnknownDay, match="Monday 6 May"):
        resolve_day(conf, "today", ManualClock(venue("2019-05-12T09:00")))


def test_tomorrow_on_the_last_day_is_an_unknown_day(conf: ConferenceView, venue: Venue) -> None:
    with pytest.raises(UnknownDay):
        resolve_day(conf, "tomorrow", ManualClock(venue("2019-05-09T09:00")))


def test_days_are_labelled_with_weekday_date_and_month() -> None:
    assert day_label(WEDNESDAY) == "Wednesday 8 May"
    assert day_label(MONDAY) == "Monday 6 May"
