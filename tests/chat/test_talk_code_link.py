"""A reply asking for the code of a talk whose one link is its project's repository is told
that link, not that no code link is known (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"

ASKED = (
    Blind("talk", CCC, "trackography talk", expect=("Trackography",)),
    Blind(
        "code",
        CCC,
        "any code for that?",
        reply_to="talk",
        expect=("github.com/vecna/trackmap",),
    ),
)


async def test_the_code_of_a_talk_is_its_link(ccc: None, store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
