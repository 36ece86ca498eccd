"""The language a talk is given in, as the schedule says: naming one keeps a listing to the
talks given in it, and asking which one a talk is in answers with the talk, named with its
language."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"


@pytest.mark.imported_schedules
@pytest.mark.parametrize(
    "ask",
    [
        "talks in deutsch in saal 2 on sunday afternoon?",
        "any german-language sessions in saal 2 sunday afternoon",
    ],
)
async def test_a_language_named_keeps_the_listing_to_its_talks(
    store: Store, database_url: str, ask: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "german",
            CCC,
            ask,
            expect=("Transparenzportal", "Krypto für die Zukunft"),
            forbid=("Cyber Necromancy", "USB armory"),
        ),
    )


@pytest.mark.imported_schedules
@pytest.mark.parametrize(
    "ask",
    [
        "what language is the krypto für die zukunft talk in?",
        "ruedi's talk, english or german?",
    ],
)
async def test_a_talks_language_asked_is_named_with_it(
    store: Store, database_url: str, ask: str
) -> None:
    await asked(
        store, database_url, Blind("which", CCC, ask, expect=("Krypto für die Zukunft", "German"))
    )
