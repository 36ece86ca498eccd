"""What follows a session in a hall named by what it holds ('after the break in the keynote
hall, what's next'): the hall is where, the session before 'in' is what is followed, so the
first session after it in that hall answers, not what follows a keynote."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_after_lunch_in_the_keynote_hall_is_the_afternoon_keynote(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hall",
            "iclr2019",
            "after lunch in the keynote hall, anything coming up?",
            now="2019-05-07T13:20:00-05:00",
            expect=("Goodfellow", "14:30"),
        ),
    )
