"""What comes after the session a reply points back at, said with a hall ('after them in hall
ad', 'after it in great hall ad'): the pronoun is the session followed and the hall is where,
so the answer is what starts there as it ends, of any kind."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_what_starts_in_the_hall_after_the_orals_pointed_at(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after-them",
            "iclr2019",
            "orals wrapping up soon - what's after them in great hall ad?",
            now="2019-05-09T15:45:00-05:00",
            expect=("16:00", "Closing"),
        ),
    )
