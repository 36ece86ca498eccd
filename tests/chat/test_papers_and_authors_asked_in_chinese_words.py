"""Papers described in everyday Chinese: translation across many languages, code written by
a model that keeps it as a graph; and "which people wrote it" asked of the paper shown, with a
name written in characters the data does not hold, still names its authors."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR, ZH = "iclr2019", "zh-CN"


async def test_many_languages_and_code_from_graphs_in_chinese(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("languages", ICLR, "多语种的神经翻译 有这种论文吗", locale=ZH,
              expect=("Multilingual Neural Machine Translation",)),
        Blind("graphs", ICLR, "拿图结构去生成代码的论文是哪篇", locale=ZH,
              expect=("Generative Code Modeling with Graphs",)),
    )  # fmt: skip


async def test_which_people_wrote_the_paper_shown_with_a_name_in_characters(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("graphs", ICLR, "拿图结构去生成代码的论文是哪篇", locale=ZH,
              expect=("Generative Code Modeling with Graphs",)),
        Blind("people", ICLR, "哪些人写的？有王小明吗", reply_to="graphs", locale=ZH,
              expect=("Brockschmidt", "Polozov")),
    )  # fmt: skip
