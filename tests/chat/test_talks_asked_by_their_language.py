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


@pytest.mark.imported_schedules
async def test_a_type_of_talk_asked_in_a_language_lists_those_talks_given_in_it(
    store: Store, database_url: str
) -> None:
    """The camp's lightning talks run inside a block held in English; a few are in German."""
    await asked(
        store,
        database_url,
        Blind(
            "lightning",
            "camp2019",
            "lightning talks held in german?",
            expect=("dudle", "Open Laser Tag", "Gemeinnützig Software Entwickeln"),
            forbid=("Badge Magic", "How to talk lightning"),
        ),
    )
