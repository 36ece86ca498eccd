"""A name a programme writes run together from capitalised words ("FridaysForFuture",
"OpenStreetMap") is what people shorten to its capitals ('fff', 'osm') though the programme
never does: the short form finds the talk. An ordinal before a birthday or an anniversary
counts years, as a German title does ("10 Jahre …"), and is no day of the month."""

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
OSM = "10 Jahre OpenStreetMap"


async def test_a_run_together_name_is_found_by_its_capitals(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("fff", "camp2019", "when is the fff talk", expect=("FridaysForFuture was",)),
        Blind("osm", "31c3", "when's the osm talk", expect=(OSM, "18:30"), forbid=("osmo-gmr",)),
    )


async def test_an_anniversary_counts_years_not_a_day(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "anniversary",
            "31c3",
            "the openstreetmap 10th anniversary talk",
            expect=(OSM, "Saal G"),
            forbid=("not a day",),
        ),
    )
