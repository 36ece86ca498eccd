"""A workshop named by one word of its title beside a link word ('the spirl workshop url')
is that workshop, with its own link: the link word is a fact asked of it, not a stranger
that makes the name a guess, so the conference's own site is not the answer."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_workshop_url_is_the_workshops_own(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "url",
            "iclr2019",
            "spirl workshop webpage",
            expect=("showEvent=634",),
            forbid=("In numbers",),
        ),
    )
