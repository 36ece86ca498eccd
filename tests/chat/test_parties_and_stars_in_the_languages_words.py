"""A party named with its host after it, as French and German say it ("les soirées des
sponsors", "die Partys der Sponsoren"), is the sponsors' parties, not a room of the sponsors; and
navigating by the stars in Spanish words is the celestial navigation talk. Wordings of this
file's own."""

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

EVENING = "2019-05-08T18:40:00-05:00"

ASKED = (
    Blind(
        "soirees",
        "iclr2019",
        "les soirees des sponsors commencent quand ce soir",
        locale="fr",
        now=EVENING,
        expect=("Sponsor parties", "19:00"),
    ),
    Blind(
        "partys",
        "iclr2019",
        "um wie viel uhr fangen die partys der sponsoren an",
        locale="de",
        now=EVENING,
        expect=("Sponsor parties", "19:00"),
    ),
    Blind(
        "派对",
        "iclr2019",
        "赞助商派对今晚什么时候开始",
        locale="zh-CN",
        now=EVENING,
        expect=("Sponsor parties", "19:00"),
    ),
    Blind(
        "estrellas",
        "39c3",
        "alguna charla sobre orientarse con las estrellas?",
        locale="es-ES",
        expect=("Celestial navigation",),
    ),
)


async def test_a_party_named_before_its_host_and_stars_to_navigate_by(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
