"""Needs put in Spanish, in wordings of our own: the asker arriving at the venue before asking
what comes first, whether anything has started yet, what follows a session said to be ending,
the big talk of an afternoon, what the conference opens with, a check of whose a paper is
before asking who else wrote it, and subjects said in everyday words (summarising code, a GAN
playing musical notes, a robot searching a house, measuring the power used; in German, a rotary
dial phone); and who wrote the paper a reply describes among sessions shown."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
    pytest.mark.imported_schedules,
]
ICLR, CAMP, CONGRESS = "iclr2019", "camp2019", "39c3"
ES, DE = "es-ES", "de"
MONDAY_EARLY = "2019-05-06T08:20:00-05:00"
WEDNESDAY_COFFEE = "2019-05-08T10:50:00-05:00"


async def test_arriving_at_the_venue_asks_what_comes_first(store: Store, database_url: str) -> None:
    """The venue the asker reaches is where they are, not what they ask about: the day's first
    session answers, not the conference's card."""
    first = {"expect": ("Opening remarks", "08:45"), "language_words": ("mayo",)}
    await asked(
        store,
        database_url,
        Blind("arrive-palace", ICLR,
              "acabo de llegar al palacio de congresos, qué hay primero hoy?", now=MONDAY_EARLY,
              locale=ES, **first),
        Blind("arrive-seat", ICLR, "estoy en la sede, que es lo primero?", now=MONDAY_EARLY,
              locale=ES, **first),
    )  # fmt: skip


async def test_whether_anything_has_started_yet_names_what_comes_next(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("started-yet", ICLR, "ya comenzó algo?", now=MONDAY_EARLY, locale=ES,
              expect=("Opening remarks", "08:45"), language_words=("mayo",)),
    )  # fmt: skip


async def test_a_session_said_to_be_ending_asks_what_follows_it(
    store: Store, database_url: str
) -> None:
    """Wednesday's coffee break ends at 11:00, when the reinforcement learning posters start."""
    await asked(
        store,
        database_url,
        Blind("ending-break", ICLR, "termina el descanso, y ahora qué toca?",
              now=WEDNESDAY_COFFEE, locale=ES, expect=("11:00", "reinforcement learning"),
              language_words=("mayo",)),
    )  # fmt: skip


async def test_the_big_talk_of_an_afternoon_is_its_keynote(store: Store, database_url: str) -> None:
    """A talk called big is a keynote, not a paper whose title says "large scale"."""
    await asked(
        store,
        database_url,
        Blind("big-talk", ICLR, "de quién es la charla grande del martes por la tarde?",
              locale=ES, expect=("Goodfellow", "14:30"), language_words=("mayo",)),
    )  # fmt: skip


async def test_what_the_conference_opens_with(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("opens-with", CAMP, "el festival empieza con alguna cosa? cuándo", locale=ES,
              expect=("Opening Ceremony", "11:00", "Curie"), language_words=("agosto",)),
    )  # fmt: skip


async def test_whose_a_paper_is_checked_before_asking_who_else_wrote_it(
    store: Store, database_url: str
) -> None:
    """The name checked in passing is not a person asked about: the paper shown is, and its
    other authors are named."""
    await asked(
        store,
        database_url,
        Blind("traffic", ICLR, "papers sobre conducción autónoma con tráfico denso", locale=ES,
              expect=("Dense Traffic",)),
        Blind("whose-check", ICLR, "es de canziani, verdad? quién más lo firma",
              reply_to="traffic", locale=ES, expect=("Henaff", "LeCun")),
    )  # fmt: skip


async def test_subjects_said_in_everyday_words(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("code-summary", ICLR, "busco algo para resumir código automáticamente", locale=ES,
              expect=("Structured Neural Summarization",)),
        Blind("music-notes", ICLR, "una gan que genera notas musicales", locale=ES,
              expect=("GANSynth",)),
        Blind("house-search", ICLR,
              "un agente buscando objetos por una casa, donde suelen estar las cosas",
              locale=ES, expect=("Visual Semantic Navigation",)),
        Blind("power-use", CAMP, "una charla para medir el consumo eléctrico", locale=ES,
              expect=("c3Power",)),
        Blind("rotary-dial", CONGRESS, "gibt es was über ein wählscheibentelefon?", locale=DE,
              expect=("FeTAp",)),
    )  # fmt: skip


async def test_who_wrote_the_one_a_reply_describes_among_sessions_shown(
    store: Store, database_url: str
) -> None:
    """Tuesday's afternoon orals are on at 15:25; a reply asking who wrote the texture one
    asks for that paper's authors, not for the sessions' speakers, which none lists."""
    on_now = "2019-05-07T15:25:00-05:00"
    geirhos = {"expect": ("Geirhos",), "forbid": ("no speaker", "ningún ponente")}
    await asked(
        store,
        database_url,
        Blind("orals-es", ICLR, "qué orales hay ahora mismo?", now=on_now, locale=ES),
        Blind("texture-es", ICLR, "y el de las texturas, quién lo escribió?", now=on_now,
              reply_to="orals-es", locale=ES, **geirhos),
        Blind("orals-en", ICLR, "which orals are on right now?", now=on_now),
        Blind("texture-en", ICLR, "who wrote the texture one?", now=on_now, reply_to="orals-en",
              **geirhos),
    )  # fmt: skip
