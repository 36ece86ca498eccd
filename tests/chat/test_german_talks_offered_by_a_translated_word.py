"""A German talk whose subject the question names in English, wrapped in many other words:
the catalogue's German for that subject, held by few talks, gets the talk offered as "did you
mean" rather than nothing (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]

ASKED = (
    Blind(
        "gambling",
        "39c3",
        "flatmate lost his savings to betting and gambling, anyone talking about that stuff?",
        expect=("Did you mean", "Neuroexploitation"),
    ),
    Blind(
        "nonsense",
        "camp2019",
        "half my family forwards nonsense chain letters all day, any session for dealing with that",
        expect=("Did you mean", "Sinn von Unsinn"),
    ),
)


async def test_a_german_talk_is_offered_by_the_german_for_its_subject(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
