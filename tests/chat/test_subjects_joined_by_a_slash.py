"""Two subjects a slash joins ('privacy / voting stuff') ask for talks on either, not only one
holding both words: each alone is searched too, and every talk of the day asked that either
names is listed."""

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


async def test_talks_on_either_subject_of_a_day_are_listed(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "either",
            "31c3",
            "privacy / voting stuff on sunday?",
            expect=("Internet Voting System", "Privacy and Consumer Markets"),
        ),
    )


async def test_a_subject_of_several_words_on_one_side_is_searched_whole(
    store: Store, database_url: str
) -> None:
    """In another language than English, the words on each side of a slash are read into
    the reader's terms first: 'Kreuzstich' is two words to the index ('cross stitch'), and a
    talk holding one of them beside the other side's 'embroidery' in its description held
    every word; read as two subjects, the talk titled with the first is the answer."""
    wordings = (
        ("de", "gibt es einen vortrag über kreuzstich / sticken?"),
        ("fr", "une conf sur la broderie / le point de croix ?"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"stitch-{locale}",
                "39c3",
                wording,
                locale=locale,
                expect=("I Hated All The Cross-Stitch Software",),
            )
            for locale, wording in wordings
        ),
    )
