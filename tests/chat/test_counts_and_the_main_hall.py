"""How many of a kind the whole conference holds, asked over its days ('over the four days')
as over nothing, counts the kind itself (the keynotes, not the debate listed beside them);
the talks of the main hall in a part of a day are every talk there, a keynote among them."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_keynotes_over_the_conferences_days_are_counted(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "count",
            "iclr2019",
            "number of invited keynotes during all the 4 days?",
            expect=("keynotes (8)", "Dwork", "Lapata"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_main_halls_talks_in_a_part_of_a_day_include_its_keynote(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hall",
            "iclr2019",
            "which talks does the main hall have on monday afternoon",
            expect=("Bottou", "Monday afternoon orals"),
        ),
    )
