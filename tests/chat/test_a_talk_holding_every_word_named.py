"""A word of the question that alone names one talk's title ('tracking', 'android') does not
decide the answer when another talk holds every word asked: 'ss7' beside 'tracking' is the
SS7 tracking talk. Two single words a slash joins beside the rest of the subject ('tor for
android / iphone') ask for it on either."""

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


async def test_the_talk_with_every_word_outranks_one_named_by_a_word(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "ss7",
            "31c3",
            "tracking with ss7, which talk was it",
            expect=("SS7: Locate. Track. Manipulate.", "Tobias Engel"),
        ),
    )


async def test_two_words_a_slash_joins_beside_a_subject_ask_either(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "tor",
            "camp2019",
            "is there a talk on tor for android / iphone",
            expect=("Updates from the Onion", "GeKo", "Curie"),
            forbid=("Nothing matches",),
        ),
    )
