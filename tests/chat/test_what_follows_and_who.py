"""Following and picking what an answer showed: 'the one right after?' of what is on now is
the next one; a block of lightning talks is followed as a whole, not its first five-minute
item; a reply naming one talk of a list asks about that one; a set titled with a performer's
one-word name is theirs."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_one_right_after_what_is_on(store: Store, database_url: str) -> None:
    now = "2025-12-28T14:50:00+01:00"
    await asked(
        store,
        database_url,
        Blind("on", "39c3", "whats on in saal one now", now=now, expect=("Chaospager",)),
        Blind(
            "after",
            "39c3",
            "and right after?",
            now=now,
            reply_to="on",
            expect=("Low-Latency WiFi",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_block_is_followed_as_a_whole(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "block",
            "camp2019",
            "once the lightning talks are done on thursday, what does meitner have",
            expect=("TAPS",),
            forbid=("Food Hacking",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_naming_a_talk_listed_asks_about_it(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("late", "31c3", "saal 2 on sunday after 10pm?", expect=("sources",)),
        Blind(
            "who",
            "31c3",
            "the sources one, who is up on stage",
            reply_to="late",
            expect=("Sarah Harrison",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_set_titled_with_a_performers_name_is_theirs(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "sets",
            "camp2019",
            "barbnerdy sets, when and where",
            expect=("Plank", "Kemistry Lounge"),
        ),
    )
