"""A reply asking only which language ('which language?', '是什么语言的') is told the language
the talk shown is given in, named in the reader's language; a paper, whose language no
programme gives, is not guessed to be in English."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CAMP = "camp2019"
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_which_language_of_the_talk_shown_is_told_in_english_and_chinese(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("scrap", CAMP, "anything on electronic scrap?", expect=("Elektroschrott",)),
        Blind("which", CAMP, "which language?", reply_to="scrap", expect=("German",)),
        Blind(
            "scrap-zh",
            CAMP,
            "有没有关于电子垃圾的演讲",
            expect=("Elektroschrott",),
            locale="zh-CN",
        ),
        Blind(
            "which-zh",
            CAMP,
            "这个是什么语言的",
            reply_to="scrap-zh",
            expect=("德语",),
            locale="zh-CN",
        ),
    )


@pytest.mark.imported_schedules
async def test_a_papers_language_is_not_guessed(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("ordered", ICLR, "the ordered neurons paper", expect=("Ordered Neurons",)),
        Blind(
            "which",
            ICLR,
            "in which language?",
            reply_to="ordered",
            expect=("not listed",),
            forbid=("English",),
        ),
    )
