"""Everyday words for what a programme titles otherwise: children said as 'the little ones',
'toddlers' or 'little kids', beside their age or not ('our 5 year old', which names no
subject), are the kids' stage's audience, and what kills
more people is a talk counting deaths per unit of energy."""

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


async def test_children_said_loosely_find_the_kids_stage(store: Store, database_url: str) -> None:
    kids = ("Suli Puschban", "MUCKEMACHER")
    await asked(
        store,
        database_url,
        Blind("little", "camp2019", "any concerts for the little ones?", expect=kids),
        Blind("toddlers", "camp2019", "stuff for toddlers?", expect=kids),
        Blind("age", "camp2019", "with our 5 year old, any music for little kids?", expect=kids),
    )


async def test_what_kills_more_finds_the_deaths_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "deaths",
            "camp2019",
            "what kills more people, coal or nuclear",
            expect=("Deaths per TWh", "Julia Riede"),
            forbid=("Nothing matches",),
        ),
    )
