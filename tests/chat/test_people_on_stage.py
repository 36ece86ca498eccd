"""Whether someone is on stage, asked after their name as people type it: 'laura poitras,
is she on stage at all', 'ian goodfellow - is he giving a talk anywhere?'. The name is the
question; the pronoun after it and 'anywhere' name no one else."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_name_then_whether_they_are_on_stage(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "poitras",
            "31c3",
            "laura poitras, is she on stage at all",
            expect=("Citizenfour", "Reconstructing narratives"),
        ),
        Blind(
            "goodfellow",
            "iclr2019",
            "ian goodfellow - is he giving a talk anywhere?",
            expect=("Invited talk: Ian Goodfellow", "14:30"),
        ),
        Blind(
            "kurz",
            "39c3",
            "constanze kurz: does she have a slot?",
            expect=("Blackbox Palantir", "Security Nightmares"),
        ),
        Blind(
            "neumann",
            "camp2019",
            "linus neumann, is he speaking anywhere?",
            expect=("Logbuch:Netzpolitik", "20:15"),
        ),
        Blind(
            "nocun",
            "39c3",
            "katharina nocun. will she be talking somewhere",
            expect=("Doomsday-Porn", "Denkangebot"),
        ),
    )
