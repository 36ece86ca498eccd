"""'A talk like that' after words describing it asks for what the words describe; pointing at
nothing shown with no description before it, the asker is asked which paper they mean
(wordings of this file's own)."""

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


async def test_words_before_like_that_describe_the_talk_wanted(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "described",
            "39c3",
            "atom interferometers and quantum clocks on satellites, a physics talk like that?",
            expect=("Atoms in Space",),
            forbid=("Like which paper",),
        ),
        Blind("pointing", "39c3", "got any more like this?", expect=("Like which paper",)),
    )
