"""A room asked about as the asker sits in it ('just got into saal 2, what's this?') is what runs
there now, a keynote included; the halls asked about at a moment ('across the stages right now')
are what all of them hold then, not a list of rooms; a reply naming another room 'at the same
time' asks what that room holds while the session shown runs; 'what's after it in that tent'
looks on the day of the session shown, whatever day it is now."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_this_in_a_named_room_is_what_runs_there_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "keynote",
            "iclr2019",
            "just slipped into great hall ad, who is this talk by",
            now="2019-05-06T14:40:00-05:00",
            expect=("Bottou",),
        ),
        Blind(
            "sat",
            "39c3",
            "sat down in saal one a minute ago, which talk is this",
            now="2025-12-28T17:05:00+01:00",
            expect=("CCC-Jahresrückblick", "18:15"),
            forbid=("Sat 27 Dec",),
        ),
        Blind(
            "here",
            "31c3",
            "in saal 2 right now, what this one",
            now="2014-12-28T16:55:00+01:00",
        ),
        Blind(
            "nick",
            "31c3",
            "the speaker's nickname?",
            now="2014-12-28T16:56:00+01:00",
            reply_to="here",
            expect=("ruedi",),
        ),
    )


@pytest.mark.imported_schedules
async def test_another_room_at_the_same_time_is_what_it_holds_then(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("knobs", "camp2019", "who gives beyond the pile of knobs"),
        Blind(
            "meanwhile",
            "camp2019",
            "and what's in meitner at the same time?",
            reply_to="knobs",
            expect=("Teaching IoT",),
            forbid=("Knoten 101",),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_follows_in_that_tent_is_on_the_day_of_the_session_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("forest", "camp2019", "when is hambacher forst"),
        Blind(
            "next",
            "camp2019",
            "what's on after it in that tent?",
            reply_to="forest",
            expect=("Lightning Talks",),
            forbid=("Knoten 101",),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_halls_asked_about_right_now_are_what_they_all_hold(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "halls",
            "31c3",
            "anything going on across the stages right now?",
            now="2014-12-28T16:50:00+01:00",
            expect=("Iridium", "Long war tactics", "Krypto"),
        ),
    )
