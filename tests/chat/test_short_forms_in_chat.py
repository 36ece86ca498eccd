"""Short forms people type in a channel: 'gn' is good night, said to everyone and answered as
small talk; 'names only' beside the keynotes asks for them, not for a search of those words."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_good_night_is_small_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("gn", "iclr2019", "gn everyone", forbid=("Poster session", "Invited talk")),
        Blind("night", "camp2019", "good night all", forbid=("Talk",)),
    )


@pytest.mark.imported_schedules
async def test_keynote_speakers_names_only_lists_the_keynotes(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "names",
            "iclr2019",
            "all keynote speakers, names only",
            expect=("Dwork", "Bottou", "Lapata"),
        ),
    )


@pytest.mark.imported_schedules
async def test_questions_about_what_the_bot_keeps_and_clashes_get_its_commands(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "forget", "iclr2019", "can you erase what you've stored about me", expect=("/privacy",)
        ),
        Blind(
            "clash",
            "iclr2019",
            "i bookmarked loads of talks, do any of them clash?",
            expect=("/agenda",),
        ),
    )
