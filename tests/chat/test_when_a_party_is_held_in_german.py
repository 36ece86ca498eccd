"""When something is held, said with German's own verbs for it: a party 'steigt', a session
'steht an' or 'geht ab' (the verb's halves around what is asked), is 'angesetzt', and 'ab
wann' asks when it begins. Wordings of this file's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


def _parties(key: str, wording: str) -> Blind:
    return Blind(key, ICLR, wording, locale="de", expect=("Sponsor parties", "19:00"))


async def test_the_sponsor_parties_asked_with_german_verbs(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        _parties("steigt", "wann steigt denn die party der sponsoren?"),
        _parties("an", "wann stehen die sponsor-partys eigentlich an?"),
        _parties("ab", "um wie viel uhr geht die sponsor-party ab?"),
        _parties("angesetzt", "für wann sind die sponsorenpartys angesetzt?"),
        _parties("ab-wann", "ab wann laufen die partys der sponsoren?"),
    )
