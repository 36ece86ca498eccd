"""A paper described in everyday French rather than by its title: a trade-off ('compromis'),
a page's layout ('mise en page'), agents competing ('se font concurrence'), the smallest
piece of an image a network still recognises, aligning without supervision across several
languages, a model's accuracy ('précision'), an award-winning paper ('le papier primé'),
and a TV game show. Each is read in the words the papers use, and found."""

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
ICLR = "iclr2019"
NOTHING = ("Aucun résultat", "Vouliez-vous dire")


def french(key: str, question: str, *expect: str, conference: str = ICLR) -> Blind:
    return Blind(key, conference, question, locale="fr", expect=expect, forbid=NOTHING)


async def test_papers_described_in_everyday_french_are_found(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        french("layout", "générer des mises en page avec un GAN et un discriminateur en fil de fer",
               "LayoutGAN"),
        french("compete", "un replay d'expérience avec deux agents en concurrence",
               "Competitive experience replay"),
        french("coordinate", "des agents qui apprennent à se coordonner par la concurrence ?",
               "Emergent Coordination Through Competition"),
        french("smallest", "le plus petit morceau d'image que le réseau reconnaît encore ?",
               "Minimal Images"),
        french("trade-off", "le truc sur le compromis entre démêlage et reconstruction ?",
               "Disentanglement vs Reconstruction"),
        french("accuracy", "est-ce que la robustesse et la précision se contredisent ?",
               "Robustness May Be at Odds"),
        french("languages", "la traduction automatique avec plusieurs langues et la distillation",
               "Multilingual Neural Machine Translation with Knowledge Distillation"),
        french("aligns", "la descente de gradient qui aligne les couches des réseaux linéaires",
               "aligns the layers"),
        french("game show", "le jeu télévisé sur la protection des données, c'est quand ?",
               "Datenschutz", conference="39c3"),
    )  # fmt: skip


async def test_the_award_winning_paper_asked_in_reply_is_told_its_own_slot(
    store: Store, database_url: str
) -> None:
    """'Le papier primé' names the award: asked of a block, its winner's own slot follows."""
    await asked(
        store,
        database_url,
        Blind("orals", ICLR, "c quoi les orals en ce moment ?", locale="fr",
              now="2019-05-09T09:50:00-05:00", expect=("Thursday morning orals",)),
        Blind("award", ICLR, "le papier primé est dedans ?", locale="fr", reply_to="orals",
              now="2019-05-09T09:51:00-05:00", expect=("Ordered Neurons",)),
        Blind("slot", ICLR, "il passe à quelle heure ?", locale="fr", reply_to="award",
              now="2019-05-09T09:52:00-05:00", expect=("10:30",)),
        Blind("winners", ICLR, "qui sont les lauréats du prix du meilleur article ?", locale="fr",
              expect=("Lottery Ticket", "Ordered Neurons")),
    )  # fmt: skip
