"""Talks and papers described in French and German everyday words the catalogues now read as
the conference's English: hacked household appliances, recalled heart implants, searching by
similarity, learning that leaves room for later tasks, input embeddings sized by how often a
word comes up, brain-computer interfaces built oneself, a benchmark for comparing optimizers
(a German purpose said with "um … zu"). Wordings of this file's own."""

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
SEARCHED = ("Aucun résultat", "Kein Treffer", "Nothing matches")

ASKED = (
    Blind(
        "appliances-fr",
        "39c3",
        "il y a un exposé sur le hack des lave-linge ?",
        locale="fr",
        expect=("Hacking washing machines",),
    ),
    Blind(
        "implants-fr",
        "camp2019",
        "un talk sur les stimulateurs cardiaques rappelés ?",
        locale="fr",
        expect=("Recalled Pacemakers",),
        forbid=("/rappel",),
    ),
    Blind(
        "similar-fr",
        "iclr2019",
        "le papier sur la recherche de similarité, il a du code ?",
        locale="fr",
        expect=("facebookresearch/spreadingvectors",),
    ),
    Blind(
        "room-fr",
        "iclr2019",
        "qui a écrit le papier d'apprentissage séquentiel altruiste ?",
        locale="fr",
        expect=("Selfless Sequential Learning", "Aljundi"),
        forbid=SEARCHED,
    ),
    Blind(
        "frequent-fr",
        "iclr2019",
        "des plongements d'entrée plus grands pour les mots fréquents que pour les mots rares ?",
        locale="fr",
        expect=("Adaptive Input Representations",),
    ),
    Blind(
        "brains-fr",
        "31c3",
        "une conf pour faire soi-même une interface cerveau-ordinateur ?",
        locale="fr",
        expect=("Open-BCI",),
        forbid=SEARCHED,
    ),
    Blind(
        "brains-next-fr",
        "31c3",
        "et ensuite dans la même salle ?",
        locale="fr",
        reply_to="brains-fr",
        expect=("Preserving arcade games",),
    ),
    Blind(
        "optimizers-de",
        "iclr2019",
        "gibt's ein paper, um optimierer sauber zu vergleichen?",
        locale="de",
        expect=("DeepOBS",),
    ),
)


async def test_a_subject_in_french_or_german_words_finds_its_talk_or_paper(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
