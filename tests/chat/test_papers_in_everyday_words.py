"""A paper described in everyday words rather than the field's ('chatbots', 'codecs',
'replies'): the words are read beside the field's terms they stand for ('dialogue',
'responses'), so the paper meant is among those offered."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_chatbots_with_varied_replies(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "varied",
            "iclr2019",
            "a chatbot that doesn't keep giving the same generic reply",
            expect=("DialogWAE",),
        ),
    )
