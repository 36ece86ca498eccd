"""A greeting typed as chat types it ('buenaaas', 'holi!', '哈喽', '大家好', '晚上好') is
answered with a hello in its language, never searched for; a question after one
('早上好，今天有哪些主旨演讲？') is answered as if the greeting were not there."""

from __future__ import annotations

import pytest

from bot.chat.language import unstretched
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]

NOT_SEARCHED = ("No paper matches", "Nothing matches", "Sin resultados", "未找到")


@pytest.mark.parametrize(
    ("locale", "greeting", "hello"),
    [
        ("es-ES", "buenaaas 👋", "Hola"),
        ("es-ES", "holi!", "Hola"),
        ("es-ES", "hola, qué tal?", "Hola"),
        ("es-ES", "buenas tardes!!", "Hola"),
        ("zh-CN", "哈喽", "你好"),
        ("zh-CN", "大家好", "你好"),
        ("zh-CN", "晚上好", "你好"),
        ("zh-CN", "早安～", "你好"),
    ],
)
async def test_a_greeting_alone_gets_a_hello(
    store: Store, database_url: str, locale: str, greeting: str, hello: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("hi", "iclr2019", greeting, locale=locale, expect=(hello,), forbid=NOT_SEARCHED),
    )


async def test_a_question_after_a_greeting_is_answered_whole(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "morning-keynotes",
            "iclr2019",
            "早上好，今天有哪些主旨演讲？",
            now="2019-05-06T08:30:00-05:00",
            locale="zh-CN",
            expect=("Cynthia Dwork", "Léon Bottou"),
        ),
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("holaaa", "hola"),
        ("graciasss", "gracias"),
        ("goood morning", "good morning"),
        ("aaai papers", "aaai papers"),
        ("part viii", "part viii"),
        ("www link", "www link"),
        ("schifffahrt", "schifffahrt"),
    ],
)
def test_a_stretched_word_is_read_plainly_and_no_other_is(typed: str, read: str) -> None:
    assert unstretched(typed) == read
