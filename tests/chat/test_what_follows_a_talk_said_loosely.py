"""What follows a talk named loosely: by a hyphenated word of its title after 'what's in
<room> right after', by a clause saying it is nearly done before the question (unless the
question names what to follow itself), or by its title's words beside one of the asker's own
('rambling') that names no talk; what comes next answers (wordings of this file's own)."""

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


async def test_the_talk_after_one_named_loosely_is_shown(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hyphen",
            "31c3",
            "what's in saal 6 right after the preserving arcade-games talk",
            expect=("Too Many Cooks", "21:45"),
        ),
        Blind(
            "done",
            "31c3",
            "robot project is pretty much done, what starts next and where",
            now="2014-12-27T18:05:00+01:00",
            expect=("Jugend hackt", "Rocket science", "18:30"),
        ),
        Blind(
            "named after",
            "iclr2019",
            "my coffee is nearly finished, what comes after the break?",
            now="2019-05-07T10:50:00-05:00",
            expect=("Poster session: GANs", "11:00"),
        ),
        Blind(
            "own word",
            "31c3",
            "after the darth venamis rambling, anything more in saal 2?",
            expect=("Teufelsberg",),
        ),
    )
