"""A while ahead said loosely ('in a few mins'), with a half ('in two and a half hours') or
in days ('2 days from now') is read as that moment, not searched for as words."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_a_few_minutes_ahead_reaches_the_session_about_to_start(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "few",
            ICLR,
            "the opening is in a few mins isn't it, who gives it",
            now="2019-05-06T08:40:00-05:00",
            expect=("Rush",),
        ),
    )


@pytest.mark.imported_schedules
async def test_hours_and_a_half_ahead_add_the_half_hour(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "half",
            ICLR,
            "anything kicking off in two and a half hours?",
            now="2019-05-07T12:00:00-05:00",
            expect=("Goodfellow",),
        ),
    )


@pytest.mark.imported_schedules
async def test_days_from_now_name_that_day(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "days",
            ICLR,
            "who is the morning keynote 2 days from now",
            now="2019-05-07T20:00:00-05:00",
            expect=("Lapata",),
        ),
    )
