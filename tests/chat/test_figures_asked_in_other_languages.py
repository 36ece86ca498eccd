"""A figure of the conference asked for in another language: its line is the data's, in
English, so the lead before it says, in the asker's language, which of their words it answers;
the conference's name said with it ('iclr 2019') is no word of the links that hold it."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_a_figure_asked_in_another_language_is_introduced_in_the_askers_words(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "fr",
            ICLR,
            "le taux d'acceptation était de combien ?",
            expect=("32%",),
            locale="fr",
            language_words=("taux",),
        ),
        Blind(
            "es",
            ICLR,
            "y la tasa de aceptación, cuánto fue?",
            expect=("32%",),
            locale="es-ES",
            language_words=("tasa",),
        ),
        Blind(
            "zh",
            ICLR,
            "录用率大概多少",
            expect=("32%",),
            locale="zh-CN",
            language_words=("录用率",),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_conferences_own_name_in_a_figure_question_finds_no_link(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "fr",
            ICLR,
            "combien de papiers ont été acceptés à iclr 2019 ?",
            expect=("502",),
            locale="fr",
        ),
    )
