"""The programme at a moment and the bot's own commands asked in Spanish and Chinese, in this
file's own wordings: a talk asked as "this one" by someone just seated in a hall or walking
past a stage, the main hall right now after checking in passing that a keynote is over,
posters still hanging after slipping out of a break, the posters that open next, two parts
of a day joined by "and", what runs over lunch, one's agenda as a picture and deleting what
the bot stores about oneself."""

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


async def test_where_the_asker_sits_or_walks_by_names_what_runs_there_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("seated", CONGRESS, "me acabo de sentar en saal one, qué charla es esta?",
              now="2025-12-29T15:00:00+01:00", locale=ES, expect=("Supplements",)),
        Blind("passing", CAMP, "pasando por delante de meitner, qué están dando?",
              now="2019-08-21T20:10:00+02:00", locale=ES, expect=("bendy inflatables",)),
    )  # fmt: skip


async def test_spanish_asides_about_a_break_or_a_keynote_leave_the_question(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("hall", ICLR, "ya terminó la de goodfellow, verdad? y qué hay en el salón "
              "grande ahora", now="2019-05-07T15:35:00-05:00", locale=ES,
              expect=("Tuesday afternoon orals",)),
        Blind("hanging", ICLR, "acabo de escaparme de la pausa, qué pósters siguen colgados?",
              now="2019-05-08T12:20:00-05:00", locale=ES, expect=("reinforcement learning",)),
        Blind("next", ICLR, "estoy con el café, qué pósters empiezan después?",
              now="2019-05-08T16:05:00-05:00", locale=ES, expect=("optimizers", "16:30")),
    )  # fmt: skip


async def test_chinese_parts_of_a_day_joined_and_lunch_time(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("both", ICLR, "周三上午和下午的海报分别是什么主题", locale=ZH,
              expect=("reinforcement learning", "optimizers")),
        Blind("lunch", ICLR, "午餐时间有什么可以去看的", now="2019-05-07T13:20:00-05:00",
              locale=ZH, expect=("R09",)),
    )  # fmt: skip


async def test_ones_agenda_as_a_picture_and_deleting_what_is_stored(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("picture", ICLR, "could we see my agenda as an image?", expect=("/agenda",)),
        Blind("imagen", ICLR, "se puede ver mi día en una imagen?", locale=ES,
              expect=("/agenda",)),
        Blind("delete", ICLR, "怎么把你们保存的关于我的数据删掉", locale=ZH,
              expect=("/privacy",)),
    )  # fmt: skip
