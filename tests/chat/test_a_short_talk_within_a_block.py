"""A subject only one short talk of a lightning-talk block is about: the block is shown, as
that is where and when the talk is given, opening with a sentence saying that no session is
about the subject as a whole and naming the short talk, in the question's language."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets "
        "grade retrieval on both backends"
    ),
]
CONGRESS = "39c3"
BLOCK = "Lightning Talks - Tag 2"


async def test_the_short_talk_is_named_and_no_session_said_to_be_about_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("qc-en", CONGRESS, "is someone speaking on quantum computers?",
              expect=(BLOCK, "No session is about this as a whole", "Moonlit")),
        Blind("qc-zh", CONGRESS, "有人讲量子计算机吗", locale="zh-CN",
              expect=(BLOCK, "Moonlit"), language_words=("没有",)),
        Blind("qc-es", CONGRESS, "alguien habla de ordenadores cuanticos?", locale="es-ES",
              expect=(BLOCK, "Moonlit"), language_words=("ninguna",)),
    )  # fmt: skip
