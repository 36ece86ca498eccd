"""Papers and sessions asked for in half-remembered words: a hyphenated name typed as one
word, a lab beside what its paper is about, a word only one title holds, a topic's one paper
the other words describe, how many poster slots there are, and where a session's video is
posted."""

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


async def test_a_hyphenated_name_typed_as_one_word_names_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "joined",
            "iclr2019",
            "semisupervised posters?",
            expect=("semi-supervised",),
            forbid=("No paper matches",),
        ),
    )


async def test_a_lab_beside_a_subject_is_that_labs_paper_on_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "lab-and-subject",
            "iclr2019",
            "the salesforce poster about chatbots, what's its title?",
            expect=("Global-to-local Memory Pointer", "Authors"),
            forbid=("Did you mean",),
        ),
    )


async def test_a_word_only_one_title_holds_shows_that_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "title-word",
            "iclr2019",
            "make a recording of one instrument sound like a different one, timbre something",
            expect=("TimbreTron", "Authors"),
            forbid=("Universal Music Translation",),
        ),
    )


async def test_a_topics_one_paper_the_words_describe_comes_before_the_topic(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "topic-paper",
            "iclr2019",
            "i heard averaging the gan weights over training helps, saw a poster?",
            expect=("Averaging in GAN Training", "Authors"),
        ),
    )


async def test_poster_slots_are_counted_as_poster_sessions(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "slots",
            "iclr2019",
            "how many poster slots does the conference have",
            expect=("6 sessions",),
        ),
    )


async def test_where_a_video_is_posted_asks_for_the_sessions_link(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "video-site",
            "iclr2019",
            "is the debate on vimeo or youtube",
            expect=("facebook.com",),
        ),
    )
