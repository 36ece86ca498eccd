"""A reply to an answer about a session that names rooms, as a choice ('AD or BC?') or to check
one ('is it in hall BC?'), in any language, asks which room that session is in: the answer is
the session with its room. A room's two-letter word left over from a question is that room's,
never the end of a lab's address ("..., Vancouver, BC, Canada")."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ES, ZH = "es-ES", "zh-CN"
IN_AD = {"expect": ("Great Hall AD",), "forbid": ("British Columbia", "Poster session")}
"""Goodfellow's keynote is in Great Hall AD; Great Hall BC holds the poster sessions."""


async def test_rooms_offered_as_a_choice_ask_which_one_the_session_is_in(
    store: Store, database_url: str
) -> None:
    keynote = Blind("keynote", ICLR, "what time does Goodfellow give his keynote?")
    spanish = Blind("keynote-es", ICLR, "cuándo da Goodfellow su keynote?", locale=ES)
    await asked(
        store,
        database_url,
        keynote,
        Blind("bare", ICLR, "AD or BC?", reply_to=keynote.id, **IN_AD),
        Blind("one", ICLR, "the AD hall or the BC one?", reply_to=keynote.id, **IN_AD),
        Blind("zh", ICLR, "是在 AD 还是 BC", locale=ZH, reply_to=keynote.id, **IN_AD),
        spanish,
        Blind("es", ICLR, "en la sala AD o en la BC?", locale=ES, reply_to=spanish.id, **IN_AD),
    )


async def test_checking_a_room_is_told_the_room_the_session_is_in(
    store: Store, database_url: str
) -> None:
    """Asked whether it is in the other hall, the answer is the hall it is in, not that hall's
    programme."""
    keynote = Blind("keynote", ICLR, "what time does Goodfellow give his keynote?")
    await asked(
        store,
        database_url,
        keynote,
        Blind("check", ICLR, "is it in hall BC?", reply_to=keynote.id, **IN_AD),
    )


async def test_a_rooms_short_word_left_over_names_no_lab(store: Store, database_url: str) -> None:
    """'BC' beside a hall that is not BC's is searched as the room's word: nothing matches,
    and no lab in British Columbia is shown as if it were asked for."""
    await asked(
        store,
        database_url,
        Blind("leftover", ICLR, "大厅 AD 还是 BC 啊", locale=ZH, forbid=("British Columbia",)),
    )
