"""A remark that names a talk by a word its title alone holds (a name: 'salvini') beside
words the programme holds nowhere ('captain', 'sea rescue'; the German talk says others):
that talk is offered, with when and where, never shown as the answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_title_word_only_one_talk_holds_offers_that_talk(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "named",
            "camp2019",
            "the captain vs salvini one, sea rescue",
            expect=("Did you mean", "Capitana", "15:00", "Plank"),
            forbid=("Speaker", "Length"),
        ),
    )
