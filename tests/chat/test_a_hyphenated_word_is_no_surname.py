"""A word joined by a hyphen is one thing ('cross-stitch'), even when half of it is a
speaker's surname (Sean "xobs" Cross): the talk about it is found, not that speaker's; and so
when the asker says it in German, French, Spanish or Chinese. The surname alone still names
the speaker, and a name written with a hyphen ('hernandez-lobato') still names its person."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "39c3"
STITCHING = "I Hated All The Cross-Stitch Software"
XOUS = "Xous"
"""The talk of the speaker whose surname is Cross."""


@pytest.mark.imported_schedules
async def test_a_hyphenated_word_finds_its_talk(store: Store, database_url: str) -> None:
    wordings = (
        ("en-US", "anything on cross-stitch?"),
        ("de", "gibts einen vortrag über kreuzstich"),
        ("fr", "y a un exposé sur le point de croix ?"),
        ("es-ES", "hay alguna charla de punto de cruz?"),
        ("zh-CN", "有关于十字绣的演讲吗"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(
                f"stitch-{locale}",
                CONGRESS,
                wording,
                locale=locale,
                expect=(STITCHING,),
                forbid=(XOUS,),
            )
            for locale, wording in wordings
        ),
        Blind("cross", CONGRESS, "which talks is cross giving?", expect=(XOUS,)),
        Blind(
            "hyphenated-name",
            "iclr2019",
            "which papers did hernandez-lobato bring this year",
            expect=("Minimal Random Code Learning", "Electron Paths"),
        ),
    )
