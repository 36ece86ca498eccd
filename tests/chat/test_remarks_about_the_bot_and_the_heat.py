"""Messages that name a room word or a place but ask nothing of the programme: what the bot
keeps about you (its help, with the privacy commands), thanks for a saved walk, and a remark
about a hot tent; none of them turns into a programme search."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ROOMS = ("Saal 1", "Saal 2", "Saal G", "Saal 6")


@pytest.mark.imported_schedules
async def test_what_the_bot_keeps_about_you_is_answered_by_its_help(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "keep",
            "31c3",
            "what does the bot store about me if i save a talk, and can i delete my data",
            expect=("/privacy",),
            forbid=ROOMS,
        ),
    )


@pytest.mark.imported_schedules
async def test_thanks_and_a_hot_tent_stay_small_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "thanks", "31c3", "cheers bot, spared me a long walk to the far saal 😅", forbid=ROOMS
        ),
        Blind(
            "oven",
            "camp2019",
            "tent is literally an oven at 9am",
            forbid=("Curie", "Meitner", "Plank", "Saunafestival"),
        ),
    )
