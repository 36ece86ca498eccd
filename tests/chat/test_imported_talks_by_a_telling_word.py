"""Talks of an imported congress asked in a few words of an attendee's own: the police
seizing a device and breaking into it (in everyday English, of a German talk), a speaker by
the handle everyone knows them by, a protocol's name beside words that each name another talk
(every talk titled with it, with who gives it), a subject right now (the talks on it running
now, not every one whenever it runs) and a subject on a day (the talks that day titled with it
and those whose descriptions are about it). Wordings of this file's own."""

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
        "seized",
        "39c3",
        "is there something on cops that seize a smartphone to break its encryption",
        expect=("Beschlagnahme", "Saal Ground"),
    ),
    Blind(
        "handle",
        "31c3",
        "rms is speaking at some point right? when",
        expect=("Freedom in your computer", "11:30"),
    ),
    Blind(
        "protocol",
        "31c3",
        "talks about ss7 and tracking where your phone is",
        expect=("SS7: Locate", "Tobias Engel", "SS7map"),
    ),
    Blind(
        "now",
        "31c3",
        "any crypto talks going on at the moment",
        now="2014-12-28T16:55+01:00",
        expect=("Weak Crypto Needle",),
        forbid=("Crypto Tales from the Trenches", "crypto dust"),
    ),
    Blind(
        "day",
        "31c3",
        "what's about tor on tuesday",
        expect=("State of the Onion", "Hidden Services"),
    ),
)


async def test_a_talk_is_found_by_the_word_that_tells_it(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
