"""A session named by its kind's own word alone ('who does the closing') is the session of that
kind, not every session whose title has the word: the closing talk, not the closing reception;
the reception is still found by its own name."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.parametrize(
    ("locale", "question"),
    [
        ("en-US", "thursday's closing, who's on stage"),
        ("de", "wer spricht donnerstag beim closing"),
        ("es-ES", "quien hace el closing del jueves"),
    ],
)
async def test_the_closing_is_the_closing_talk(
    store: Store, database_url: str, locale: str, question: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "closing",
            "iclr2019",
            question,
            locale=locale,
            expect=("Bengio",),
            forbid=("Closing reception",),
        ),
    )


async def test_the_closing_reception_is_still_found_by_its_name(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("reception", "iclr2019", "where is the closing reception", expect=("Sponsor hall",)),
    )
