"""A figure of the conference asked for in another language: its line is the data's, in
English, so the lead before it says, in the asker's language, which of their words it answers;
and of the figures holding the word asked, the one it names outright is the one given
('submissions' is the count of submissions, not of their authors)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
AUTHORS = "6,000"
"""The figure of the submissions' authors: not the one asked when submissions are."""


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
async def test_the_figure_a_word_names_outright_is_given_alone(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "en", ICLR, "submissions: how many were there?", expect=("1,579",), forbid=(AUTHORS,)
        ),
        Blind(
            "fr",
            ICLR,
            "on a eu combien de soumissions ?",
            expect=("1,579",),
            forbid=(AUTHORS,),
            locale="fr",
            language_words=("soumissions",),
        ),
    )
