"""Four needs said in words the reader once took for others: having just got in is arriving
(not a paper being accepted), someone else wanting to see something asks nothing of the
search, the talks one saved are one's agenda, and a talk's runtime is how long it lasts."""

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
CAMP = "camp2019"
SATURDAY_LUNCHTIME = "2014-12-27T13:20:00+01:00"
"""31C3's first afternoon, while the four 12:45 lectures run."""


async def test_having_just_got_in_is_arriving_and_what_runs_is_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "arrived",
            CCC,
            "we got in, what lectures are running?",
            now=SATURDAY_LUNCHTIME,
            expect=("3D Casting Aluminum", "Personal Tracking Devices"),
            forbid=("138 sessions",),
        ),
    )


async def test_what_someone_else_wants_at_a_stage_is_that_stages_programme(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "kids",
            CAMP,
            "she wants to see the kids stage, what is there",
            expect=("Suli Puschban", "MUCKEMACHER"),
            forbid=("Nothing matches",),
        ),
    )


async def test_the_talks_one_saved_are_found_in_the_agenda(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("starred", CCC, "where do i find the lectures i starred", expect=("/agenda show",)),
    )


async def test_a_talks_runtime_asked_in_a_reply_is_how_long_it_lasts(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("talk", CCC, "security nightmares in saal 1, when is it"),
        Blind("length", CCC, "and the length?", reply_to="talk", expect=("1 h",)),
    )
