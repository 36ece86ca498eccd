"""A German talk asked about in English words that the vocabulary knows its German for, when
the question's reading has dropped the small words of the phrase ('freedom of information'
is searched as 'freedom information'): the talk is found (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, asked
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"
CONGRESS = "39c3"

IN_ENGLISH = (
    Blind(
        "austria",
        CONGRESS,
        "anything about freedom of information in austria",
        expect=("Informationsfreiheit in Österreich",),
    ),
    Blind("ifg", CCC, "the freedom of information talk, when is it", expect=("IFG",)),
)


@pytest.fixture
async def congress(store: Store) -> None:
    """39C3's public schedule (pretalx JSON), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "39c3.json"), CONGRESS, venue_time("2019-05-01T12:00")
    )


async def test_a_german_title_is_found_by_its_english_phrase_read_without_small_words(
    ccc: None, congress: None, store: Store, database_url: str
) -> None:
    """Before, "nothing matches", with other talks offered."""
    await asked(store, database_url, *IN_ENGLISH)
