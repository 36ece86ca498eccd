"""Papers and talks described in Spanish or Chinese by what they do to a model's speed and
size or to an everyday machine, in this file's own wordings: camouflage painted on cars, a
reader that skips words up to the next punctuation mark (a superlative read as its
adjective), one network run at several widths, a big vocabulary's softmax made fast, rare
catastrophic failures of agents, an old rotary phone put on the mobile network, cheap
inflatable camp installations and supplements hyped online."""

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
ICLR, CONGRESS, CAMP = "iclr2019", "39c3", "camp2019"
ES, ZH = "es-ES", "zh-CN"


async def test_papers_described_in_spanish(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("camouflage", ICLR, "conoces algún trabajo de camuflaje para coches?", locale=ES,
              expect=("CAMOU",)),
        Blind("skipping", ICLR, "una lstm rapidísima que se va saltando palabras hasta el "
              "siguiente signo de puntuación", locale=ES, expect=("Speed Reading",)),
        Blind("widths", ICLR, "redes que cambian de anchura al vuelo según el dispositivo",
              locale=ES, expect=("Slimmable",)),
    )  # fmt: skip


async def test_papers_described_in_chinese(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("softmax", ICLR, "有没有讲大词表 softmax 加速推理的论文", locale=ZH,
              expect=("Fast Softmax",)),
        Blind("failures", ICLR, "找出强化学习智能体灾难性失败的论文", locale=ZH,
              expect=("Rigorous Agent Evaluation",)),
    )  # fmt: skip


async def test_talks_described_in_chinese_and_spanish(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("rotary", CONGRESS, "把转盘拨号电话接入手机网络的讲座", locale=ZH,
              expect=("FeTAp",)),
        Blind("inflatables", CAMP, "用便宜材料做充气装置的讲座", locale=ZH,
              expect=("bendy inflatables",)),
        Blind("supplements", CONGRESS, "la charla de suplementos que se ponen de moda en "
              "internet y son peligrosos", locale=ES, expect=("Supplements",)),
    )  # fmt: skip


async def test_a_spanish_description_of_hiding_from_detectors_and_of_edits_as_vectors(
    store: Store, database_url: str
) -> None:
    """'So that they do not detect them' is attacking a detector, and 'turning' a change into
    a vector to apply elsewhere is what the edits paper does: each is shown, not offered."""
    await asked(
        store,
        database_url,
        Blind("hidden", ICLR, "busco el paper de pintar camuflaje en coches para que los "
              "detectores no los detecten", locale=ES, expect=("CAMOU", "Boqing Gong")),
        Blind("edits", ICLR, "se puede convertir una edición de código en un vector para "
              "aplicarlo a otra cosa?", locale=ES, expect=("Represent Edits", "Neubig")),
    )  # fmt: skip
