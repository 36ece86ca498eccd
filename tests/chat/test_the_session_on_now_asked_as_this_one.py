"""The session the asker is at, asked about as "this one" in Spanish or Chinese: what it is
about, and when it ends, is the one on now, also when the asker first says it is nearly over."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
GANS = "Poster session: GANs"


async def test_what_this_session_is_about_in_spanish_is_the_one_on_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("block", ICLR, "oye, de qué trata este bloque?", now="2019-05-07T11:40:00-05:00",
              locale="es-ES", expect=(GANS, "image generation")),
        Blind("ends", ICLR, "y a q hora termina?", now="2019-05-07T11:41:00-05:00",
              reply_to="block", locale="es-ES", expect=("13:00",)),
    )  # fmt: skip


async def test_a_session_said_nearly_over_then_asked_about_in_chinese_is_on_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("closing", ICLR, "海报快收了吧，这个讲的是什么主题", now="2019-05-07T12:50:00-05:00",
              locale="zh-CN", expect=(GANS, "13:00")),
    )  # fmt: skip
