"""Words of Chinese and French questions the catalogues read: who the speaker is by name
('主讲人叫什么名字'), a ceremony ('闭幕仪式'), what is usual ('通常'), where reviews can be seen
('能看到'), a paper described by taking apart and visualising ('拆开', '可视化') or as a large
experiment ('大规模实验'); French 'non ?' tagging a question, a room of a home ('pièce'),
scene priors ('a priori de scène') and society beside AI in either order."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CAMP = "camp2019"
CCC = "31c3"
SUNDAY_EVENING = "2019-05-05T21:00:00-05:00"


@pytest.mark.imported_schedules
async def test_chinese_words_of_people_ceremonies_and_habits_are_read(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("nuclear", CCC, "有没有讲核武器的演讲", expect=("Nuclear Weapons",), locale="zh-CN"),
        Blind(
            "speaker",
            CCC,
            "主讲人叫什么名字",
            reply_to="nuclear",
            expect=("Büker",),
            locale="zh-CN",
        ),
        Blind(
            "closing",
            CAMP,
            "最后那个闭幕仪式几点开始在哪",
            expect=("18:00", "Curie"),
            locale="zh-CN",
        ),
        Blind("lunch", ICLR, "午饭通常几点结束", expect=("14:30",), locale="zh-CN"),
        Blind(
            "reviews",
            ICLR,
            "审稿意见哪里能看到，有链接吗",
            expect=("openreview.net",),
            locale="zh-CN",
        ),
    )


@pytest.mark.imported_schedules
async def test_chinese_words_describing_a_paper_are_read(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "dissection",
            ICLR,
            "把生成对抗网络的神经元拆开来可视化的论文",
            expect=("GAN Dissection",),
            locale="zh-CN",
        ),
        Blind(
            "curiosity",
            ICLR,
            "好奇心驱动的大规模实验那篇有代码吗",
            expect=("large-curiosity",),
            locale="zh-CN",
        ),
    )


@pytest.mark.imported_schedules
async def test_french_tags_rooms_scene_priors_and_society_are_read(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "tag",
            ICLR,
            "ça ouvre à quelle heure demain, non ?",
            now=SUNDAY_EVENING,
            expect=("08:45",),
            forbid=("Non-local",),
            locale="fr",
        ),
        Blind(
            "priors",
            ICLR,
            "un agent qui trouve une tasse dans une pièce grâce à des a priori de scène",
            expect=("Scene Priors",),
            locale="fr",
        ),
        Blind(
            "society",
            ICLR,
            "une conférence invitée sur la société et l'IA ?",
            expect=("Tufekci",),
            locale="fr",
        ),
    )
