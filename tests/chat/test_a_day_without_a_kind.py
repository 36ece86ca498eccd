"""A day asked for without a kind of session ('which day has no posters?'): the kind is asked
away from the days, so the answer is the day that holds none of it, not every day's programme
less that kind; said in German ('keine') the same."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_day_with_no_poster_session_is_named(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "english",
            "iclr2019",
            "which day has no posters at all?",
            expect=("Monday",),
            forbid=("Tuesday",),
        ),
        Blind(
            "german",
            "iclr2019",
            "an welchem tag gibt es keine poster",
            expect=("Montag",),
            forbid=("Dienstag",),
            locale="de",
        ),
    )
