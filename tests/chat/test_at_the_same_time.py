"""What runs beside a talk: 'what clashes with the chaospager talk' lists what overlaps it in every
other room, 'in saal zero' only there; 'what is on against <a title said whole> on saturday' is
that talk's clash, not one of another day's talk sharing a word; a reply 'and in the other rooms
meanwhile?' to an answer about one talk asks the same of that talk."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_clash_lists_what_overlaps_the_talk_elsewhere(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "clash",
            "39c3",
            "what clashes with the chaospager talk",
            expect=("Power Cycle B7", "Chemistry", "Live, Die, Repeat"),
            forbid=("Skynet", "Burn Gatekeepers"),
        ),
        Blind(
            "room",
            "39c3",
            "does cory doctorow overlap with anything in saal zero",
            expect=("Agentic ProbLLMs",),
            forbid=("antifaschistisch", "moon rocks"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_reply_asks_what_runs_beside_the_talk_shown(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("talk", "39c3", "when is burn gatekeepers not books", expect=("15:40",)),
        Blind(
            "meanwhile",
            "39c3",
            "and in the other rooms meanwhile?",
            reply_to="talk",
            expect=("Low-Latency WiFi", "Fram2"),
            forbid=("Chaospager",),
        ),
    )


@pytest.mark.imported_schedules
async def test_other_halls_at_the_same_time_are_not_the_speakers_other_work(
    store: Store, database_url: str
) -> None:
    """After a speaker's one talk, 'other' beside halls asks what runs beside that talk, not
    what else the speaker has."""
    await asked(
        store,
        database_url,
        Blind("person", "39c3", "when does cory doctorow speak", expect=("13:30",)),
        Blind(
            "halls",
            "39c3",
            "and in the other halls at the same time?",
            reply_to="person",
            expect=("antifaschistisch",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_title_said_whole_on_a_day_is_the_talk_whose_clash_is_asked(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "against",
            "camp2019",
            "is anything scheduled against architecture of secure iot devices on saturday?",
            expect=("Physical Unclonable",),
            forbid=("spispy",),
        ),
    )


@pytest.mark.imported_schedules
async def test_what_else_runs_now_beside_a_talk_named_is_its_clash(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "else",
            "39c3",
            "cant get into the kaenguru reading, anything else happening rn?",
            now="2025-12-27T19:30:00+01:00",
            expect=("1965", "Life on Hold"),
        ),
    )
