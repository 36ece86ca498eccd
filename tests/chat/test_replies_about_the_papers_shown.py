"""Replies to an answer that showed papers: which of a person's papers is an oral (or a
poster), whether someone or some place is behind the one paper shown ('is it from ...?',
'is X first author?'), how long the session shown lasts, and where and what time the talk
shown is on tonight. Asked in English and in the languages that drop the pronoun ('es de
...', '是一作吗'), whose replies name nothing but the person or place."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CARD = ("Keywords", "Palabras clave", "关键词", "Affiliations")
"""A paper's card: a reply asking one thing of it is told that thing, not the card again."""


def _reply(
    name: str, first: str, then: str, locale: str = "en-US", conference: str = ICLR, **expected
) -> list[Blind]:
    """A question, and a reply to its answer in the same language."""
    return [
        Blind(f"{name}-q", conference, first, locale=locale),
        Blind(f"{name}-r", conference, then, reply_to=f"{name}-q", locale=locale, **expected),
    ]


async def test_which_of_a_persons_papers_is_an_oral_shows_that_one(
    store: Store, database_url: str
) -> None:
    """Duvenaud has three papers, FFJORD the only oral: asking which is an oral shows FFJORD,
    and asking for a poster one of the others, however the list was asked for."""
    await asked(
        store,
        database_url,
        *_reply("oral-en", "papers by duvenaud?", "which of these is an oral?", expect=("FFJORD",)),
        *_reply(
            "oral-es",
            "qué artículos tiene duvenaud?",
            "y cuál de ellos es oral?",
            "es-ES",
            expect=("FFJORD", "oral"),
        ),
        *_reply(
            "poster-en",
            "papers by duvenaud?",
            "any of them a poster?",
            expect=("Presented as\nPoster",),
            forbid=(
                "FFJORD: Free-Form Continuous Dynamics for Scalable Reversible Generative "
                "Models\nNormalizing",
            ),
        ),
    )


async def test_a_reply_naming_an_author_or_their_institution_is_told_who_wrote_the_paper(
    store: Store, database_url: str
) -> None:
    """'Is it from Stanford?' of the GIN paper and 'is Bahdanau first author?' of the
    systematic generalisation one are told that paper's authors and where they work, not
    everything Stanford or Bahdanau has."""
    gin = "how powerful are graph neural networks paper"
    systematic = "systematic generalization: what is required paper"
    await asked(
        store,
        database_url,
        *_reply(
            "place-en", gin, "is that from stanford?", expect=("Keyulu Xu", "Stanford University")
        ),
        *_reply(
            "place-es",
            "el artículo how powerful are graph neural networks",
            "es de la universidad de stanford?",
            "es-ES",
            expect=("Keyulu Xu", "Stanford University"),
            forbid=("Slalom",),
            language_words=("autores",),
        ),
        *_reply(
            "first-zh",
            "systematic generalization 那篇论文",
            "Bahdanau 是第一作者吗",
            "zh-CN",
            expect=("Dzmitry Bahdanau、Shikhar Murty",),
            forbid=("BabyAI",),
            language_words=("作者",),
        ),
        *_reply(
            "first-en",
            systematic,
            "was bahdanau the lead author?",
            expect=("Dzmitry Bahdanau, Shikhar Murty",),
            forbid=("BabyAI",),
        ),
    )


async def test_how_long_the_session_shown_lasts_is_its_time(
    store: Store, database_url: str
) -> None:
    """Tufekci's invited talk runs 14:30-15:15: 'how long, roughly?' after it is told its
    time, in Chinese and in Spanish."""
    await asked(
        store,
        database_url,
        *_reply(
            "long-en",
            "when does tufekci speak?",
            "and roughly how long does it go?",
            expect=("15:15",),
        ),
        *_reply(
            "long-es",
            "qué día habla tufekci?",
            "vale. y más o menos cuánto dura?",
            "es-ES",
            expect=("15:15",),
            language_words=("mayo",),
        ),
        *_reply("long-zh", "tufekci 哪天讲", "大概讲多长时间", "zh-CN", expect=("15:15",)),
    )


@pytest.mark.usefixtures("camp")
async def test_which_stage_and_what_time_tonight_asks_the_talk_shown(
    store: Store, database_url: str
) -> None:
    """The OpenGL ES introduction is at 21:00 in Meitner: asked which stage and what time in
    the evening, the reply tells that talk's room and time, not the camp's rooms."""
    await asked(
        store,
        database_url,
        *_reply(
            "stage-zh",
            "有没有 OpenGLES 入门的讲座",
            "哪个舞台 晚上几点开始",
            "zh-CN",
            CAMP,
            expect=("Meitner", "21:00"),
            forbid=("Kids Stage",),
        ),
    )
