"""A speaker named by three initials ('rms'), a word the conference's text lacks, is the one
speaker whose given name and surname begin with its first and last letters: their talks and
times answer, not 'nothing matches'. An abbreviation beside no one said to speak ('ctf'),
or a word with a vowel ('min'), names no one."""

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


async def test_a_speaker_is_found_by_initials(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "initials",
            "31c3",
            "is rms giving a talk this year?? what time",
            expect=("Richard Stallman", "Freedom in your computer", "11:30"),
        ),
    )


async def test_an_abbreviation_or_a_short_word_names_no_speaker(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("abbreviation", "camp2019", "whens the ctf final", forbid=("Christian Faubel",)),
        Blind(
            "minutes",
            "31c3",
            "any talks kicking off in the next 10 min?",
            now="2014-12-28T16:40:00+01:00",
            expect=("Iridium Pager Hacking",),
        ),
    )
