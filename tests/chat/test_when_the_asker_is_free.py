"""When the asker says they are free ('only free wednesday before 10'), that is their own
day, not a word to search for ('Free-Form' in a title): the question asks what of the kind
named they can catch then."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_askers_free_time_only_bounds_what_is_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "free",
            "iclr2019",
            "i'm only free wednesday before 10am, whose invited talk could i see?",
            expect=("Oudeyer",),
            forbid=("Free-Form",),
        ),
    )
