"""A conference's own opening or closing filed as a talk and titled as an event of its own
("31C3 Closing Event") is named by its act before any word for such an event: 'the closing
ceremony', 'la cérémonie de clôture', 'die Abschlusszeremonie', 'la ceremonia de clausura',
'闭幕式', as a session of that kind is."""

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
CONGRESS = "31c3"
CLOSING = ("tomate", "dodger")
OPENING = ("Opening Event",)
NOTHING = ("Nothing matches", "Aucun résultat", "did you mean", "Vouliez-vous dire")


async def test_the_closing_ceremony_is_the_closing_event(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("en", CONGRESS, "who's doing the closing ceremony?", expect=CLOSING, forbid=NOTHING),
        Blind("en-remarks", CONGRESS, "closing remarks, who?", expect=CLOSING, forbid=NOTHING),
        Blind("fr", CONGRESS, "c'est qui à la cérémonie de clôture ?", locale="fr",
              expect=CLOSING, forbid=NOTHING),
        Blind("fr-seance", CONGRESS, "qui anime la séance de clôture ?", locale="fr",
              expect=CLOSING, forbid=NOTHING),
        Blind("de", CONGRESS, "wer hält die abschlusszeremonie?", locale="de", expect=CLOSING),
        Blind("es", CONGRESS, "¿quién hace la ceremonia de clausura?", locale="es-ES",
              expect=CLOSING),
        Blind("zh", CONGRESS, "闭幕式是谁主持？", locale="zh-CN", expect=CLOSING),
    )  # fmt: skip


async def test_the_opening_ceremony_is_the_opening_event(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("fr", CONGRESS, "la cérémonie d'ouverture c'est quand ?", locale="fr",
              expect=OPENING, forbid=NOTHING),
        Blind("es", CONGRESS, "¿cuándo es la ceremonia de apertura?", locale="es-ES",
              expect=OPENING),
        Blind("zh", CONGRESS, "开幕式几点？", locale="zh-CN", expect=OPENING),
    )  # fmt: skip
