"""Papers and talks described in German, French, Spanish and Chinese in the language's own
words, in wordings of this file's own: networks on a sphere, a finite-state machine read out
of a recurrent policy, a CNN counting local patches, a dialogue model's insulting replies and
the lab they come from, SGD's step length beside the loss's sharpest directions, random
network distillation's authors, images rebuilt by an untrained network, software everyone
builds to the same binary, chips opened for the microscope, connected toilets and the Cyborg
Foundation."""

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
ICLR, CONGRESS, CAMP = "iclr2019", "31c3", "camp2019"
DE, FR, ES, ZH = "de", "fr", "es-ES", "zh-CN"


async def test_german_subjects_find_the_sphere_paper_and_the_builds_talk(
    store: Store, database_url: str
) -> None:
    """'Kugel' is the sphere, and 'z.b.' before an example names nothing to search for; a
    binary everyone gets alike is the reproducible builds talk."""
    await asked(
        store,
        database_url,
        Blind("sphere", ICLR, "gibts paper zu faltungsnetzen auf der kugel, z.b. für globale "
              "wetterdaten?", locale=DE, expect=("Spherical CNNs",)),
        Blind("untrained", ICLR, "mit einem netz, das gar nicht trainiert ist, bilder "
              "rekonstruieren, gibts sowas?", locale=DE, expect=("Deep Decoder",)),
        Blind("chips", CONGRESS, "chips aufmachen, um sie unterm mikroskop anzuschauen – gab "
              "es das?", locale=DE, expect=("Uncaging Microchips",)),
        Blind("builds", CONGRESS, "software bauen, sodass jeder dasselbe binary bekommt, gab "
              "es da einen vortrag?", locale=DE, expect=("Reproducible Builds",)),
    )  # fmt: skip


async def test_french_subjects_and_the_lab_a_paper_comes_from(
    store: Store, database_url: str
) -> None:
    """A model that 'sort des réponses' produces them: the asker is not leaving a session;
    'ça vient de chez qui' after it asks who is behind the paper shown; connected toilets
    beside a laugh are a subject asked about, not a joke told."""
    await asked(
        store,
        database_url,
        Blind("automaton", ICLR, "un automate à états finis extrait d'une politique "
              "récurrente ?", locale=FR, expect=("Finite State Representations",)),
        Blind("patches", ICLR, "un réseau qui reconnaît les images en comptant de petits "
              "patchs locaux, sans s'occuper de l'endroit où ils sont ?", locale=FR,
              expect=("Bag-of-local-Features",)),
        Blind("insults", ICLR, "un modèle de dialogue qui sort des réponses injurieuses, "
              "quelqu'un a étudié ça ?", locale=FR, expect=("Egregious",)),
        Blind("lab", ICLR, "ça vient de chez qui ?", locale=FR, reply_to="insults",
              expect=("Glass",)),
        Blind("toilets", CONGRESS, "toilettes connectées lol, y a eu un talk ?", locale=FR,
              expect=("Internet of toilets",)),
    )  # fmt: skip


async def test_spanish_and_chinese_subjects(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("step", ICLR, "la longitud del paso de SGD frente a las direcciones más "
              "pronunciadas, hay algo?", locale=ES, expect=("Sharpest Directions",)),
        Blind("rnd", ICLR, "通过随机网络蒸馏来鼓励探索的论文是谁写的", locale=ZH,
              expect=("Burda",)),
        Blind("cyborg", CAMP, "赛博格基金会的讲座在哪个厅", locale=ZH, expect=("Meitner",)),
    )  # fmt: skip
