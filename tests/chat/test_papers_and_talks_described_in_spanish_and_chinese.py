"""Papers and talks described in Spanish or Chinese in the language's own words, in wordings
of this file's own: a problem of delivery routes solved with attention and who signed it, a
whole list recommended at once, a GAN for data missing pieces, gradient signs sent with a
majority vote, the paper a researcher has their name on, the papers of people from a city
whose Spanish name is not the English one, and German talks on lasting software, on digital
capitalism and on the weather report."""

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
ICLR, CAMP = "iclr2019", "camp2019"
ES, ZH = "es-ES", "zh-CN"


async def test_a_paper_described_in_spanish_is_shown_and_its_signers_named(
    store: Store, database_url: str
) -> None:
    """The routing paper, described by the courier who calls on every customer, and the
    reply asking who signed it names its authors, not another paper's."""
    await asked(
        store,
        database_url,
        Blind("routes", ICLR, "el repartidor que debe pasar por cada cliente: problemas de "
              "rutas resueltos con atención, estaba en la conferencia?", locale=ES,
              expect=("Routing Problems",)),
        Blind("signed", ICLR, "y quiénes lo firman?", locale=ES, reply_to="routes",
              expect=("Kool", "Welling")),
        Blind("slate", ICLR, "algo de recomendar la lista completa de golpe, no una a una?",
              locale=ES, expect=("Slate Optimization",)),
        Blind("missing", ICLR, "hay alguna gan que se entrene con imágenes a las que les faltan "
              "trozos?", locale=ES, expect=("MisGAN",)),
    )  # fmt: skip


async def test_a_paper_described_in_chinese_and_the_one_a_researcher_signed(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("signs", ICLR, "训练时每台机器只传梯度正负号，最后多数投票，有这样的论文吗",
              locale=ZH, expect=("Majority Vote",)),
        Blind("named", ICLR, "Tom Goldstein 挂名了哪一篇", locale=ZH,
              expect=("Are adversarial examples inevitable",)),
    )  # fmt: skip


async def test_papers_of_people_from_a_city_named_in_spanish(
    store: Store, database_url: str
) -> None:
    """'Tubinga' is Tübingen: its university's papers, though the papers' text never says
    the city."""
    await asked(
        store,
        database_url,
        Blind("city", ICLR, "qué trabajos traen los de tubinga", locale=ES,
              expect=("University of Tübingen", "DeepOBS")),
    )  # fmt: skip


async def test_german_talks_found_by_their_subject_in_spanish_and_chinese(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("lasting", CAMP, "alguna charla de software sostenible?", locale=ES,
              expect=("Nachhaltigkeit von Software",)),
        Blind("weather", CAMP, "cómo se hace el parte meteorológico, hay algo de eso?", locale=ES,
              expect=("Wettervorhersage",)),
        Blind("capitalism", CAMP, "讲数字资本主义的那个报告", locale=ZH,
              expect=("Konviviale Software",)),
    )  # fmt: skip
