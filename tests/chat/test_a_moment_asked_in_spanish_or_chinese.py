"""Questions about a moment as Spanish and Chinese say them: what follows a break, however its
end is said ('y acabado el descanso', '休息完了，然后呢'); what the session running now is about,
asked in reply ('cuál es el tema?', '是啥主题？'); and what starts in a room within the next half
hour ('en la próxima media hora', '半小时内')."""

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

TUESDAY_COFFEE = "2019-05-07T10:50:00-05:00"
"""Tuesday's morning coffee break at ICLR, before the GAN posters at 11:00."""
DWORK_ON = "2019-05-06T09:10:00-05:00"
"""Cynthia Dwork's keynote on algorithmic fairness runs."""
SAAL_ZERO_GAP = "2025-12-28T13:05:00+01:00"
"""Nothing runs in 39C3's Saal Zero; its next talk starts at 13:30."""


@pytest.mark.parametrize(
    ("locale", "question"),
    [
        ("es-ES", "y acabado el descanso, qué hay?"),
        ("es-ES", "cuando termine el café qué toca?"),
        ("es-ES", "qué hay tras la pausa?"),
        ("zh-CN", "茶歇结束后是什么"),
        ("zh-CN", "休息完了，然后呢？有啥"),
    ],
)
async def test_what_follows_a_break_is_the_session_after_it(
    store: Store, database_url: str, locale: str, question: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after-break",
            "iclr2019",
            question,
            now=TUESDAY_COFFEE,
            locale=locale,
            expect=("Poster session: GANs",),
        ),
    )


@pytest.mark.parametrize(
    ("locale", "who", "topic"),
    [
        ("es-ES", "quién está hablando ahora?", "cuál es el tema?"),
        ("es-ES", "quién está hablando ahora?", "sobre qué es?"),
        ("zh-CN", "现在台上讲的是谁？", "是啥主题？"),
    ],
)
async def test_the_topic_of_what_runs_asked_in_reply_is_its_card(
    store: Store, database_url: str, locale: str, who: str, topic: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("who", "iclr2019", who, now=DWORK_ON, locale=locale, expect=("Dwork",)),
        Blind(
            "topic",
            "iclr2019",
            topic,
            now="2019-05-06T09:11:00-05:00",
            reply_to="who",
            locale=locale,
            expect=("fairness",),
        ),
    )


@pytest.mark.parametrize(
    ("locale", "question"),
    [
        ("es-ES", "algo en saal zero en la próxima media hora?"),
        ("zh-CN", "Saal Zero半小时内开始的是什么？"),
    ],
)
async def test_a_room_within_the_next_half_hour_is_what_starts_there(
    store: Store, database_url: str, locale: str, question: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "half-hour",
            "39c3",
            question,
            now=SAAL_ZERO_GAP,
            locale=locale,
            expect=("Agentic ProbLLMs",),
            forbid=("KIM 1.5",),
        ),
    )
