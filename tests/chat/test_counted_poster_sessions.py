"""Asked how many poster sessions there are, the answer says the number before listing them,
in the asker's language (wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

ASKED = (
    Blind(
        "en",
        ICLR,
        "how many poster sessions are there altogether?",
        expect=("6 sessions are listed", "Poster session: GANs"),
    ),
    Blind(
        "de",
        ICLR,
        "wie viele postersessions gibt es überhaupt",
        locale="de",
        expect=("Es gibt 6 Sitzungen",),
    ),
    Blind(
        "es",
        ICLR,
        "cuántas sesiones de pósters hay en total",
        locale="es-ES",
        expect=("Hay 6 sesiones",),
    ),
    Blind(
        "zh",
        ICLR,
        "海报场次总共有多少",
        locale="zh-CN",
        expect=("共有 6 场",),
    ),
)


async def test_a_count_of_poster_sessions_opens_with_the_number(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
