"""A stretch of hours in a question ('from 2 to 5pm', 'between 10 and 11:30', '1pm to 5pm',
'3-5pm'), and noon as a time of day ('what begins at noon'): what a room or a track (a suffix
such as '-y' naming nothing) has starting in it is listed, not what runs at its last hour;
asking how many a room holds on a day counts them all."""

from __future__ import annotations

from datetime import time

import pytest

from bot.chat.when import named_times
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


def test_the_end_says_whether_the_start_is_afternoon() -> None:
    named = named_times("saal 6 from 2 to 5pm tomorrow")
    assert (named.at, named.until, named.onward) == (time(14), time(17), True)


def test_a_stretch_said_with_minutes_keeps_them() -> None:
    named = named_times("anything between 10 and 11:30 on monday")
    assert (named.at, named.until) == (time(10), time(11, 30))


def test_a_stretch_without_from_needs_am_or_pm_at_its_end() -> None:
    named = named_times("saal g on the 28th, 1pm to 5pm")
    assert (named.at, named.until, named.onward) == (time(13), time(17), True)
    named = named_times("only around 3-5pm on friday")
    assert (named.at, named.until) == (time(15), time(17))
    assert named_times("posters from day 2 to 3").until is None


@pytest.mark.imported_schedules
async def test_a_room_over_a_stretch_of_hours_lists_what_starts_in_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "stretch",
            "31c3",
            "whats in saal 6 on saturday from 2 to 5pm",
            expect=("textile production", "Reinventing"),
            forbid=("Robot Project", "Personal Tracking"),
        ),
    )


@pytest.mark.imported_schedules
async def test_how_many_a_room_hosts_on_a_day_counts_them(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "count",
            "31c3",
            "how many sessions does saal 6 host on saturday",
            expect=("(8)", "Jugend hackt"),
        ),
    )


@pytest.mark.imported_schedules
async def test_noon_is_twelve_o_clock(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "noon",
            "camp2019",
            "is anything on at noon?",
            now="2019-08-22T11:40:00+02:00",
            expect=("OpenCodes", "Lightning Talks"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_track_over_a_stretch_of_hours_lists_its_talks_starting_then(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "track",
            "39c3",
            "any science-y talks on monday from 11am to 1pm?",
            expect=("Greenhouse Gas", "Bike-Sharing"),
            forbid=("Nothing at", "On now"),
        ),
    )
