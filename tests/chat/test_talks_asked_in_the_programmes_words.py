"""Talks asked for in English, Spanish, French and Chinese words the catalogues know the
programme's own words for: something for one's children is the programme's young hackers' day
(not a talk about children's gadgets), companies quietly blocking websites, e-mail privacy, the
social and ecological side of going digital, smart glasses as eye wear (wordings of this file's
own)."""

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

FOR_KIDS = dict(expect=("Junghacker",), forbid=("Smartwatch",))
"""The day made for young visitors, never the talk that hacks a children's watch."""

ASKED = (
    Blind("kids-en", "39c3", "my daughter is with me, is there anything for kids?", **FOR_KIDS),
    Blind("kids-de", "39c3", "habt ihr was für kinder da?", locale="de", **FOR_KIDS),
    Blind("kids-fr", "39c3", "quelque chose pour les enfants svp", locale="fr", **FOR_KIDS),
    Blind("kids-es", "39c3", "alguna actividad para niños?", locale="es-ES", **FOR_KIDS),
    Blind(
        "blocking-en",
        "39c3",
        "that talk about corporations secretly blocking websites, when?",
        expect=("CUII",),
    ),
    Blind(
        "blocking-es",
        "39c3",
        "la charla de webs que se bloquean a escondidas?",
        locale="es-ES",
        expect=("CUII",),
    ),
    Blind("mail-zh", "camp2019", "邮件隐私有人讲吗", locale="zh-CN", expect=("Mailbox",)),
    Blind("mail-en", "camp2019", "something on email privacy?", expect=("Mailbox",)),
    Blind(
        "digital-en",
        "camp2019",
        "the ecological cost of digitalization, any session?",
        expect=("Sozial-ökologische",),
    ),
    Blind(
        "digital-zh",
        "camp2019",
        "数字化的生态影响有人讲吗",
        locale="zh-CN",
        expect=("Sozial-ökologische",),
    ),
    Blind("glasses-en", "31c3", "anything on smart glasses this year?", expect=("Eye Wear",)),
    Blind(
        "glasses-fr",
        "31c3",
        "des lunettes intelligentes, il y a un exposé ?",
        locale="fr",
        expect=("Eye Wear",),
    ),
)


async def test_a_german_talk_is_found_from_another_languages_words(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
