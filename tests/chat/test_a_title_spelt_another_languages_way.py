"""A title that spells a word of the question another language's way ('Krypto' for
'crypto') is named by it when the moment asked narrows the talks to those running then: the
time keeps the spelling from reaching talks the question does not mean, so a talk named by
more of its words is still alone. Wordings of this file's own."""

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

KRYPTO = "Krypto für die Zukunft"
"""At 31C3 on 28 Dec, 16:45-17:15 in Saal 2, beside a crypto talk in Saal G."""


async def test_a_talk_titled_in_german_is_named_by_the_english_word_at_its_moment(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("on now", "31c3", "anything on crypto going on at the moment?",
              now="2014-12-28T17:00+01:00", expect=(KRYPTO, "Weak Crypto Needle")),
        Blind("untimed", "31c3", "who speaks in the crypto dust session",
              expect=("Ryan Lackey",), forbid=(KRYPTO,)),
    )  # fmt: skip
