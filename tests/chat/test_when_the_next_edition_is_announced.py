"""When the next edition is announced is asked of the session that announces it (ICLR's
closing names ICLR 2020), its day and hour, in every language; where the next edition is
held or when it runs is still told from what the conference's data says of it."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ANNOUNCED = ("16:00",)


async def test_when_it_is_announced_is_the_announcing_session(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "when will they reveal the next edition's host city?", expect=ANNOUNCED),
        Blind("fr", ICLR, "quand est-ce qu'on saura où aura lieu la prochaine édition ?",
              locale="fr", expect=(*ANNOUNCED, "mai")),
        Blind("fr-time", ICLR, "l'annonce de la prochaine conférence, c'est à quelle heure ?",
              locale="fr", expect=(*ANNOUNCED, "mai")),
        Blind("de", ICLR, "wann wird verkündet, wo die ICLR 2020 stattfindet?", locale="de",
              expect=ANNOUNCED),
        Blind("es", ICLR, "¿cuándo anuncian dónde será la ICLR 2020?", locale="es-ES",
              expect=ANNOUNCED),
        Blind("zh", ICLR, "什么时候宣布ICLR 2020在哪里举办？", locale="zh-CN", expect=ANNOUNCED),
    )  # fmt: skip


async def test_the_next_edition_itself_is_still_told(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("when", ICLR, "when is iclr 2020?", expect=("April",), forbid=ANNOUNCED),
        Blind("where", ICLR, "où aura lieu l'iclr 2020 ?", locale="fr", expect=("Addis",),
              forbid=ANNOUNCED),
    )  # fmt: skip
