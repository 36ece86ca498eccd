"""French words the catalogue reads as the English the conference writes: an adjective in
'-ulier' as one in '-ular' ('valeurs singulières', singular values) and one in '-iste' as one
in '-istic' ('discriminateur relativiste'), even placed after its noun beside the kind asked;
'plusieurs' as 'several', as the papers' summaries say it; and 'inscrits' as the registered
attendees the conference counts."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONFERENCE = "iclr2019"
NOTHING = ("Nothing matches", "Aucun résultat", "did you mean", "Vouliez-vous dire")


async def test_french_words_find_the_papers_and_figures_they_mean(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "singular-fr",
            CONFERENCE,
            "y a un papier qui calcule les valeurs singulières des convolutions ?",
            locale="fr",
            expect=("The Singular Values of Convolutional Layers",),
            forbid=NOTHING,
        ),
        Blind(
            "relativistic-fr",
            CONFERENCE,
            "le poster sur le discriminateur relativiste, il passe quel jour ?",
            locale="fr",
            expect=("The relativistic discriminator",),
            expect_any=("7 mai", "mardi"),
            forbid=NOTHING,
        ),
        Blind(
            "modes-fr",
            CONFERENCE,
            "des données de plusieurs modes dans un même batch, comment les normaliser ?",
            locale="fr",
            expect=("Mode Normalization",),
            forbid=NOTHING,
        ),
        Blind(
            "registered-fr",
            CONFERENCE,
            "il y avait combien d'inscrits ?",
            locale="fr",
            expect=("3,000",),
            forbid=NOTHING,
        ),
    )
