"""A place asked for that no author lists ('the university of nairobi') is said to have no
papers, never answered with every paper of the places whose names share its generic word
('university'), under the name of one of them."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ES, ZH = "es-ES", "zh-CN"
NOT_ANOTHER = ("Stanford University", "313")


async def test_a_university_nobody_is_from_has_no_papers(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("nairobi-en", ICLR, "any work from the university of nairobi?", nothing=True,
              forbid=NOT_ANOTHER),
        Blind("lima-es", ICLR, "tienen algo de la universidad de lima?", locale=ES,
              nothing=True, forbid=NOT_ANOTHER, language_words=("nada", "no hay")),
        Blind("cairo-zh", ICLR, "开罗大学有论文吗", locale=ZH, nothing=True,
              forbid=NOT_ANOTHER, language_words=("没有",)),
    )  # fmt: skip


async def test_a_university_authors_list_still_has_its_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("stanford-es", ICLR, "tienen algo de la universidad de stanford?", locale=ES,
              expect=("Stanford University",), forbid=("313",)),
    )  # fmt: skip
