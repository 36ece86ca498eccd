"""Talks asked for by what they are about, in an attendee's own words (wordings of this file's
own, not the blind sets'): the one talk a description means is shown, and the few talks that
stand out together are listed, and a talk is found elsewhere when a word of the question also
names a room ('zero' of Saal Zero) where nothing has the other words."""

from __future__ import annotations

import pytest

from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, asked
from tests.chat.conftest import CAMP
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"
CONGRESS = "39c3"
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


ELSEWHERE = (
    Blind(
        "zero-day",
        CONGRESS,
        "zero day exploits for whatsapp, which talk",
        expect=("DNGerousLINK",),
        forbid=OFFERED,
    ),
    Blind(
        "ground",
        CONGRESS,
        "the ground breaking talk on moon rock samples from luna 24",
        expect=("A space odyssey #2",),
        forbid=OFFERED,
    ),
)


@pytest.fixture
async def congress(store: Store) -> None:
    """39C3's public schedule (pretalx JSON), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "39c3.json"), CONGRESS, venue_time("2019-05-01T12:00")
    )


async def test_a_word_naming_a_room_too_finds_the_talk_elsewhere(
    congress: None, store: Store, database_url: str
) -> None:
    """'Zero' and 'ground' name Saal Zero and Saal Ground, where no talk has the other
    words: before, "nothing matches" in that room."""
    await asked(store, database_url, *ELSEWHERE)
