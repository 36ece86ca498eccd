"""Words the conference holds nowhere ('strangers') tell a subject it does not have; a word
of a title typed with a typo ('celebrite', 'lotery') is no stranger, so a misspelt name is
never taken for a subject the conference lacks."""

from __future__ import annotations

import pytest

from bot.chat.reading import read
from bot.chat.service import Memory
from bot.conferences import get_conference
from bot.store.setup import Store

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store"
)


async def _strangers(store: Store, conference: str, text: str) -> tuple[str, ...]:
    async with store.sessions() as db:
        conf = await get_conference(db, conference)
        known = await Memory().known(db, conf)
    return read(text, known.vocabulary, conf, None, known.holds, known.near).strangers


@pytest.mark.imported_schedules
async def test_a_misspelt_title_word_is_no_stranger(store: Store) -> None:
    assert await _strangers(store, "39c3", "when is the celebrite talk") == ()
    assert await _strangers(store, "iclr2019", "the lotery tiket hypothesis poster?") == ()


@pytest.mark.imported_schedules
async def test_a_word_held_nowhere_is_a_stranger(store: Store) -> None:
    assert await _strangers(store, "39c3", "when is the zorblaxian talk") == ("zorblaxian",)
    assert await _strangers(store, "31c3", "any drone racing?") == ("racing",)
