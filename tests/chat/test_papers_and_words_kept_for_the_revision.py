"""What chat holds for a conference revision is not worked out again for the next asker: once
the meanings of the papers are read, a question finding papers takes them from memory rather
than loading them from the store, and a description's words, weighed in every paper once, are
not weighed again for its other wordings. The answers are those of reading afresh."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import indexed
from bot.chat.answers import answer_question
from bot.chat.described import ranked
from bot.chat.indexed import ItemWords
from bot.chat.meaning import asked_vector, meanings
from bot.chat.service import Memory
from bot.clock import ManualClock
from bot.domain.records import ConferenceView
from bot.papers.persistence.reads import PapersInFull
from tests.chat.blind import default_moment


async def test_a_paper_asked_once_the_meanings_are_read_is_not_loaded_again(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = Memory()
    await meanings(db, conf, await memory.known(db, conf))

    def unread(*_: object) -> None:
        raise AssertionError("a paper chat holds was loaded from the store again")

    monkeypatch.setattr(PapersInFull, "on_sqlite", unread)
    monkeypatch.setattr(PapersInFull, "on_postgres", unread)
    clock = ManualClock(default_moment(conf))
    card = await answer_question(db, conf, clock, memory, "that best paper about winning tickets")
    by_words = await answer_question(db, conf, clock, memory, "any paper on lottery tickets?")

    for reply in (card, by_words):
        assert reply.embed is not None
        assert "The Lottery Ticket Hypothesis" in (reply.embed.title or "")
        assert "Great Hall AD" in str(reply.embed.to_dict()), "with where it is presented"


@pytest.mark.sqlite_only(reason="the weighing is in memory, alike whichever store it came from")
async def test_a_descriptions_words_are_weighed_once_for_all_its_wordings(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = await meanings(db, conf, await Memory().known(db, conf))
    papers, talks = read.papers, len(read.talks.items)
    typed = "shrinking networks for phones"
    as_asked = (read.vectors @ asked_vector(typed))[talks:]
    as_read = (read.vectors @ asked_vector("model compression on mobile devices"))[talks:]
    first = ranked(papers, typed, as_asked)
    weighed: list[str] = []
    posting = ItemWords._posting

    def counted(self: ItemWords, term: str) -> object:
        weighed.append(term)
        return posting(self, term)

    monkeypatch.setattr(ItemWords, "_posting", counted)
    again = ranked(papers, typed, as_read)

    assert weighed == [], "the words were weighed in every paper for the first wording"
    monkeypatch.setattr(ItemWords, "_posting", posting)
    fresh = ItemWords(papers.items)
    assert first == ranked(fresh, typed, as_asked)
    assert again == ranked(fresh, typed, as_read)


async def test_whether_a_title_alone_holds_a_word_is_known_without_reading_titles_again(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = await meanings(db, conf, await Memory().known(db, conf))
    papers, talks = read.papers, len(read.talks.items)
    typed = "that ticket hypothesis one"
    closeness = (read.vectors @ asked_vector(typed))[talks:]

    def unread(text: str) -> tuple[str, ...]:
        raise AssertionError(f"a title was read again while ranking: {text!r}")

    monkeypatch.setattr(indexed, "indexed_terms", unread)
    first = ranked(papers, typed, closeness)[0]

    assert "The Lottery Ticket Hypothesis" in first.item.title
    assert first.titled, "its title alone holds 'hypothesis'"
