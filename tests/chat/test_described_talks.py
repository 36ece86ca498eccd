"""Talks asked for by what they are about, in an attendee's own words (wordings of this file's
own, not the blind sets'): the one talk a description means is shown, and the few talks that
stand out together are listed."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"
OFFERED = ("Did you mean", "Nothing matches")
"""Shown as the answer, not offered."""

ONE_TALK = (
    Blind(
        "microwave",
        CCC,
        "melting metal in a kitchen microwave to copy 3d prints",
        expect=("3D Casting Aluminum",),
        forbid=OFFERED,
    ),
    Blind(
        "distri",
        CAMP,
        "a linux distribution built so installing packages is really fast",
        expect=("distri",),
        forbid=OFFERED,
    ),
    Blind(
        "cadus",
        CAMP,
        "the crisis response makerspace doing humanitarian aid, when are they on",
        expect=("Meet CADUS",),
        forbid=OFFERED,
    ),
)
TOGETHER = (
    Blind(
        "qubits",
        CCC,
        "how to make a quantum processor, anything?",
        expect=("Let's build a quantum computer!", "Diamonds are a quantum computer"),
        forbid=OFFERED,
    ),
)


async def test_one_talk_described_in_other_words_is_shown(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """A talk's words spread over its title and description, or its title in German: before,
    these got "nothing matches" or another talk offered first."""
    await asked(store, database_url, *ONE_TALK)


async def test_talks_that_stand_out_together_are_listed(
    ccc: None, camp: None, store: Store, database_url: str
) -> None:
    """Two talks on one subject, far ahead of the rest: before, neither was shown."""
    await asked(store, database_url, *TOGETHER)
