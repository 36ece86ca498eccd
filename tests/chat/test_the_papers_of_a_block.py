"""Papers asked of a block of talks, rather than its name: those presented in the block that
follows a talk named ('the papers right after that keynote'), and, in a reply to an answer
about a moment, those of the block running then ('titles from that block?')."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

WEDNESDAY_ORALS = "2019-05-08T09:55:00-05:00"


@pytest.mark.imported_schedules
async def test_the_papers_after_a_keynote_are_those_of_the_block_that_follows(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after oudeyer",
            "iclr2019",
            "what papers were on right after oudeyer on wednesday?",
            now="2019-05-09T12:00:00-05:00",
            expect=("Wednesday morning orals", "mutual information estimation"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_asking_for_paper_titles_lists_the_running_blocks_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "on now",
            "iclr2019",
            "anything happening in the big hall right now?",
            now=WEDNESDAY_ORALS,
            expect=("Wednesday morning orals",),
        ),
        Blind(
            "its papers",
            "iclr2019",
            "got paper titles for that block?",
            now=WEDNESDAY_ORALS,
            reply_to="on now",
            expect=("mutual information estimation",),
        ),
    )
