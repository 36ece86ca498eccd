"""A topic named with a word beside it that makes a narrower subject ('image compression'
within compression) gets the papers that say the two together, not the whole topic's
first papers, in English and in Spanish."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_image_compression_lists_its_own_papers(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "anything on image compression with neural networks?",
              expect=("Image Compression",), forbid=("Lottery Ticket",)),
        Blind("es", ICLR, "algún trabajo de comprimir imágenes con redes?", locale="es-ES",
              expect=("Image Compression",), forbid=("Lottery Ticket",)),
    )  # fmt: skip


async def test_a_remark_on_a_narrower_subject_is_not_a_paper_sharing_one_word(
    store: Store, database_url: str
) -> None:
    """Said as a remark with a word no paper on it has ('jpeg'), the narrower subject still
    answers: a restoration paper that only mentions jpeg is not it."""
    await asked(
        store,
        database_url,
        Blind("remark", ICLR, "image compression, better than jpeg files",
              expect=("Image Compression",), forbid=("Restorer",)),
        Blind("question", ICLR, "image compression that does better than jpeg, any?",
              expect=("Image Compression",), forbid=("Restorer",)),
    )  # fmt: skip
