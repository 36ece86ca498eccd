"""Who took part in a panel or debate, asked by what it was about: the one session of that
kind on the topic is shown with its people, not a list of the topic's sessions and papers
that leaves them unsaid. German says it as who sat on the podium ('wer saß auf dem Podium'),
which asks who took part, not who is sitting somewhere now; Spanish calls it a debate."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
PANEL = ("Kaelbling", "Precup", "Clune", "Saria", "Tenenbaum")
"""Everyone in the debate on structure and priors in learning systems."""


@pytest.mark.imported_schedules
async def test_the_people_of_the_one_panel_on_a_topic(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "en-priors", ICLR, "the panel discussion about priors - who was on it?", expect=PANEL
        ),
        Blind(
            "de-priors",
            ICLR,
            "bei der podiumsdiskussion über priors, wer saß da oben?",
            locale="de",
            expect=PANEL,
        ),
        Blind(
            "de-vorwissen",
            ICLR,
            "wer saß denn beim streitgespräch über vorwissen auf dem podium",
            locale="de",
            expect=PANEL,
        ),
        Blind(
            "es-priors",
            ICLR,
            "y en el debate de los priors, quiénes estaban?",
            locale="es-ES",
            expect=PANEL,
        ),
    )
