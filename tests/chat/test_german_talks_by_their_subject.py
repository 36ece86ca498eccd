"""A German talk asked about by its subject in English, beside an English talk on the same
subject: the vocabulary's German for one of the question's words ('fuels' for the title's
"Brennstoffe") reaches it, and it is offered beside the English one, not left out because
the question's words as typed are not in its German text (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CAMP = "camp2019"

BY_SUBJECT = (
    Blind(
        "fuels",
        CAMP,
        "saturday: talks on making fuels with renewable power?",
        expect=("Power-to-X", "Solare Brennstoffe"),
    ),
)


async def test_a_german_talk_is_offered_beside_an_english_one_on_the_same_subject(
    camp: None, store: Store, database_url: str
) -> None:
    """Before, only the English talk was offered."""
    await asked(store, database_url, *BY_SUBJECT)


IN_GERMAN_WORDS = (
    Blind(
        "uprising",
        CAMP,
        "something on climate collapse + civil disobedience",
        expect=("Aufstand oder Aussterben",),
    ),
)


async def test_a_german_talk_is_found_by_the_german_for_each_of_its_subjects(
    camp: None, store: Store, database_url: str
) -> None:
    """The vocabulary's German for 'collapse' and 'civil disobedience' meets the title's
    "Kollaps" and "zivilen Ungehorsam". Before, another talk on the climate was shown."""
    await asked(store, database_url, *IN_GERMAN_WORDS)
