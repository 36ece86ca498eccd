"""A paper named in words of its own order, with how it was presented asked of it ('... was
that an oral?'): the kind is a fact to tell of the paper, not a word its title holds, so the
paper is found and its card says it, in English and in French alike."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONFERENCE = "iclr2019"
PAPER = "Deterministic Variational Inference"
NOTHING = ("Nothing matches", "Aucun résultat", "Did you mean", "Vouliez-vous dire")


@pytest.mark.imported_schedules
async def test_a_paper_asked_with_its_kind_is_found(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "kind-en",
            CONFERENCE,
            "robust bayesian nets trained with deterministic variational inference, "
            "was that an oral?",
            expect=(PAPER, "Oral"),
            forbid=NOTHING,
        ),
        Blind(
            "kind-fr",
            CONFERENCE,
            "des réseaux bayésiens robustes par inférence variationnelle déterministe, "
            "présenté en oral ?",
            locale="fr",
            expect=(PAPER,),
            expect_any=("oral", "Oral"),
            forbid=NOTHING,
        ),
    )
