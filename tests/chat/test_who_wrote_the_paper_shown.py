"""Replies to a paper's card that ask who wrote it by the words of its title ('wer hat die
batchnorm-theorie verfasst?', 'who wrote the warmup one?'): the card's paper is meant, so its
authors answer, not the topic those words name nor a person who shares one of them ('Ding' of
'warmup-ding'). A reply naming another paper's words still asks about that paper. And how
the paper shown is presented, asked in Spanish ('lo presentan en charla o en póster?')."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
MEAN_FIELD = "das paper mit der mittelfeldtheorie der batch normalization?"
WARMUP = "warum helfen warmup und neustarts der lernrate?"


def _reply(
    name: str, first: str, then: str, locale: str, **expected: tuple[str, ...]
) -> list[Blind]:
    """A question, and a reply to its answer in the same language."""
    return [
        Blind(f"{name}-q", ICLR, first, locale=locale),
        Blind(f"{name}-r", ICLR, then, reply_to=f"{name}-q", locale=locale, **expected),
    ]


async def test_who_wrote_it_by_its_titles_words_is_told_its_authors(
    store: Store, database_url: str
) -> None:
    """Before, the topic's papers and sessions, or the papers of the Dings."""
    await asked(
        store,
        database_url,
        *_reply(
            "theory",
            MEAN_FIELD,
            "wer hat diese batchnorm-theorie eigentlich verfasst?",
            "de",
            expect=("Sohl-Dickstein",),
        ),
        *_reply(
            "warmup",
            WARMUP,
            "und wer hat das warmup-ding geschrieben?",
            "de",
            expect=("Gotmare",),
            forbid=("Yufei Ding",),
        ),
        *_reply(
            "english",
            "the mean field theory of batch normalization paper",
            "who wrote that batch norm theory?",
            "en-US",
            expect=("Sohl-Dickstein",),
        ),
    )


async def test_who_wrote_another_paper_asks_about_that_paper(
    store: Store, database_url: str
) -> None:
    """Fixup shares no word with the paper shown: its own authors answer."""
    await asked(
        store,
        database_url,
        *_reply(
            "fixup",
            "the mean field theory of batch normalization paper",
            "and who wrote fixup initialization?",
            "en-US",
            expect=("Dauphin",),
            forbid=("Sohl-Dickstein",),
        ),
    )


async def test_talk_or_poster_asked_in_spanish_is_told_how_it_is_presented(
    store: Store, database_url: str
) -> None:
    """Before, its authors: 'presentan' was read as asking who presents it."""
    await asked(
        store,
        database_url,
        *_reply(
            "format",
            "el paper de las neuronas ordenadas",
            "y lo presentan en charla o en póster?",
            "es-ES",
            expect=("oral",),
            forbid=("Sordoni",),
        ),
    )
