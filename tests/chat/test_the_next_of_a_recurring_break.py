"""A break held every day, asked where it is served late in a day, is shown as the showing
still to come, not the first morning's."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_where_the_coffee_is_late_in_the_day_shows_the_coming_break(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "coffee",
            "iclr2019",
            "when is coffee break and where can i get it",
            now="2019-05-07T15:40:00-05:00",
            expect=("Tue 7 May, 16:00", "Sponsor hall"),
            forbid=("Mon 6 May",),
        ),
    )
