"""'Who is on stage in the AD hall', asked during the conference with no time, is who is up
in that room now, and in no other; a room is named by a word only its name has, however
short, beside the word its name says what it is with, in either order ('hall AD'). When nothing
runs there at that moment, the room's programme answers instead."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_who_is_up_in_a_room_is_who_is_on_there_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "short",
            "iclr2019",
            "who's up on the stage of hall AD",
            now="2019-05-07T14:40:00-05:00",
            expect=("Goodfellow",),
            forbid=("Great Hall BC", "Wed 8 May"),
        ),
        Blind(
            "order",
            "iclr2019",
            "which speaker is presenting in the ad hall?",
            now="2019-05-06T09:20:00-05:00",
            expect=("Dwork",),
            forbid=("Room R04", "Tue 7 May"),
        ),
        Blind(
            "saal",
            "39c3",
            "whos speaking on stage in saal one",
            now="2025-12-28T12:30:00+01:00",
            expect=("Skynet Starter Kit",),
            forbid=("Sendezentrum",),
        ),
    )


@pytest.mark.imported_schedules
async def test_who_performs_in_a_room_with_nothing_on_is_its_programme(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "kids",
            "camp2019",
            "who performs on the kids stage",
            now="2019-08-21T11:00:00+02:00",
            expect=("SULI PUSCHBAN", "MUCKEMACHER"),
        ),
    )
