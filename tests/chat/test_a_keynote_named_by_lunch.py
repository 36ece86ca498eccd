"""A keynote named by the meal before it ('the lunch keynote') is the one after lunch: no
keynote is given over lunch, so the day's lunch is not what is asked."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_lunch_keynote_is_the_one_after_lunch(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "speaker", "iclr2019", "who's giving tuesday's lunch keynote?", expect=("Goodfellow",)
        ),
    )


@pytest.mark.imported_schedules
async def test_what_follows_the_lunch_keynote_is_the_afternoon_orals(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after it",
            "iclr2019",
            "the orals after tuesday's lunch keynote, what papers are in them",
            expect=("Slalom",),
        ),
    )
