"""'Left' said of the programme ("any lectures left?", "what's left?") asks for the rest of it
from now: today's sessions still to start while the conference runs, and once it is over, that
it is over and when it ran, never talks that happen to hold the word."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]

CCC = "31c3"
WEEK_AFTER = "2015-01-05T15:00:00+01:00"
"""Several days after 31C3's last lecture."""
MONDAY_EVENING = "2014-12-29T20:00:00+01:00"
"""Monday evening at 31C3: the 17:15 lectures are over, the 21:15 ones still to come."""
EARLIER_MONDAY = "Source Code and Cross-Domain Authorship"
"""A lecture of that Monday at 17:15, whose title holds a word like 'left'."""


async def test_lectures_left_once_the_congress_is_over_say_it_is_over(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "over",
            CCC,
            "are there any lectures left??",
            now=WEEK_AFTER,
            nothing=True,
            expect=("over", "30 December"),
            forbid=(EARLIER_MONDAY, "Teufelsberg"),
        ),
    )


async def test_what_is_left_while_it_runs_is_the_rest_of_today(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "sessions",
            CCC,
            "hey any sessions left",
            now=MONDAY_EVENING,
            expect=("Computer Science in the DPRK", "Monday 29 December"),
            forbid=(EARLIER_MONDAY,),
        ),
        Blind(
            "bare",
            CCC,
            "whats left",
            now=MONDAY_EVENING,
            expect=("The Magical Secrecy Tour",),
            forbid=(EARLIER_MONDAY, "138 sessions"),
        ),
    )
