"""Spanish words for 'that' talk in a reply, for arriving late at the venue before asking
what opens the morning, for 'what was it called', and subjects said plainly (a decoder
predicting word vectors, when to optimise each loss), in wordings of this file's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR, ES = "iclr2019", "es-ES"
WEDNESDAY_EARLY = "2019-05-08T08:30:00-05:00"


async def test_arriving_late_at_the_venue_asks_what_opens_the_morning(
    store: Store, database_url: str
) -> None:
    """Wednesday opens with Oudeyer's keynote at 9:00, not with the conference's overview."""
    await asked(
        store,
        database_url,
        Blind("late-es", ICLR,
              "voy con retraso, llego tarde al centro de convenciones: con que arranca hoy?",
              now=WEDNESDAY_EARLY, locale=ES, expect=("Oudeyer", "09:00")),
    )  # fmt: skip


async def test_that_talk_in_a_reply_is_the_one_just_shown(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("keynote-es", ICLR, "quien da la charla invitada del martes por la tarde?",
              locale=ES, expect=("Goodfellow",)),
        Blind("about-es", ICLR, "de que va esa charla?", reply_to="keynote-es", locale=ES,
              expect=("Adversarial",)),
    )  # fmt: skip


async def test_subjects_said_plainly_and_what_it_was_called(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("called-es", ICLR,
              "una red de grafos que generan los pesos de otras redes, que nombre tenia?",
              locale=ES, expect=("Graph HyperNetworks",)),
        Blind("vectors-es", ICLR,
              "un decoder de salida continua que predice el vector de la palabra",
              locale=ES, expect=("Von Mises-Fisher",)),
        Blind("schedule-es", ICLR, "hay algo que aprenda cuando optimizar cada perdida?",
              locale=ES, expect=("AutoLoss",)),
    )  # fmt: skip
