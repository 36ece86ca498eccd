"""Which papers the main hall is on now: the busiest room at this moment, and the papers of
the session running there, where before every room's sessions were listed without them."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
TUESDAY_ORALS = "2019-05-07T15:40:00-05:00"
"""During Tuesday's afternoon orals in Great Hall AD (15:15-16:00)."""
MONDAY_WORKSHOPS = "2019-05-06T15:40:00-05:00"
"""During Monday's afternoon orals, with workshops running in other rooms."""


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, now=TUESDAY_ORALS, forbid=NOTHING, **expected)


async def test_the_papers_the_main_hall_is_on_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        _asked("main-en", "en-US", "main hall right now, which papers?", expect=("Slalom",)),
        _asked("main-zh", "zh-CN", "主会场这会儿有哪些论文", expect=("Slalom",)),
    )


async def test_the_main_hall_now_is_that_room_alone(store: Store, database_url: str) -> None:
    """Asked what runs there, the workshops of other rooms are not listed."""
    await asked(
        store,
        database_url,
        Blind(
            "main-now",
            ICLR,
            "what's on in the main hall at the moment?",
            now=MONDAY_WORKSHOPS,
            expect=("Monday afternoon orals",),
            forbid=(*NOTHING, "Workshop rooms"),
        ),
    )
