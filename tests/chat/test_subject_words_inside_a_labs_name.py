"""A subject asked about is not a lab whose name happens to hold the subject's word: "German
Cancer Research Center" has 'cancer', yet a question on finding cancer in scans asks for
papers on that subject, and none is about it. The lab is still found by its own name."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
INSTITUTE = "German Cancer Research Center"


async def test_a_subject_inside_a_labs_name_is_told_nothing_matches(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("scans", ICLR, "algún trabajo para encontrar cancer de pulmón en escáneres?",
              locale="es-ES", nothing=True, forbid=(INSTITUTE,),
              language_words=("ningún", "nada", "no hay")),
        Blind("just", ICLR, "was gibts zu cancer?", locale="de", nothing=True,
              forbid=(INSTITUTE,), language_words=("nichts", "kein", "keine")),
    )  # fmt: skip


async def test_the_lab_is_still_found_by_its_own_name(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("named", ICLR, "qué trajo el german cancer research center?", locale="es-ES",
              expect=(INSTITUTE, "Invertible Neural Networks")),
    )  # fmt: skip
