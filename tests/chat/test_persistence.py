"""A conference's vocabulary as the store reads it: rooms by short names, sessions by the words
only they use, and never by a word common among papers or the conference's own name."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import persistence as vocabulary_module
from bot.chat.service import Memory
from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.domain.text import words
from bot.domain.vocabulary import Sense, Vocabulary
from bot.imports.service import import_source
from bot.store.models import Conference
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES
from tests.conftest import venue_time


@pytest.fixture
async def vocabulary(db: AsyncSession, conf: ConferenceView) -> Vocabulary:
    return (await Memory().known(db, conf)).vocabulary


def named(vocabulary: Vocabulary, text: str, sense: Sense) -> list[str]:
    return [key for found in vocabulary.find(words(text)) for key in found.keys(sense)]


def test_a_room_by_its_name_its_short_name_and_a_shared_start(vocabulary: Vocabulary) -> None:
    assert named(vocabulary, "room r09", Sense.ROOM) == ["Room R09"]
    assert named(vocabulary, "r09", Sense.ROOM) == ["Room R09"]
    assert named(vocabulary, "great hall", Sense.ROOM) == ["Great Hall AD", "Great Hall BC"]


def test_a_session_by_a_word_only_its_title_uses(vocabulary: Vocabulary) -> None:
    assert named(vocabulary, "spirl", Sense.SESSION) == ["mon-workshop-spirl"]
    assert named(vocabulary, "reception", Sense.SESSION) == ["thu-reception"]
    assert named(vocabulary, "opens", Sense.SESSION) == ["mon-opening"]


def test_a_word_many_papers_use_names_no_session(vocabulary: Vocabulary) -> None:
    assert named(vocabulary, "machine", Sense.SESSION) == []


@pytest.mark.sqlite_only(
    reason="importing a whole schedule costs seconds on PostgreSQL; the words are counted in Python"
)
async def test_a_word_other_titles_use_in_another_form_names_no_session(store: Store) -> None:
    """Only one 31C3 title says 'computers', but others say 'computer': asking about quantum
    computers must search the talks, not open 'Why are computers so @#!*'."""
    await import_source(store, str(SCHEDULES / "31c3.xml"), "31c3", venue_time("2019-05-01T12:00"))
    async with store.sessions() as db:
        conf = await get_conference(db, "31c3")
        assert conf is not None
        known = (await Memory().known(db, conf)).vocabulary
    assert named(known, "computer", Sense.SESSION) == []
    assert named(known, "computers", Sense.SESSION) == []


def test_the_conferences_own_name_names_no_session(vocabulary: Vocabulary) -> None:
    assert named(vocabulary, "iclr", Sense.SESSION) == []


def test_speakers_and_authors_by_full_name(vocabulary: Vocabulary) -> None:
    assert named(vocabulary, "doina precup", Sense.PERSON) == ["Doina Precup"]
    assert named(vocabulary, "jonathan frankle", Sense.AUTHOR) == ["Jonathan Frankle"]


async def test_the_vocabulary_is_kept_while_the_revision_stands(
    db: AsyncSession, conf: ConferenceView
) -> None:
    memory = Memory()
    first = await memory.known(db, conf)
    assert await memory.known(db, conf) is first


async def test_an_import_that_bumps_the_revision_is_read_again(
    db: AsyncSession, conf: ConferenceView
) -> None:
    memory = Memory()
    first = await memory.known(db, conf)
    await db.execute(
        update(Conference).where(Conference.id == conf.id).values(revision=Conference.revision + 1)
    )
    await db.commit()
    assert await memory.known(db, conf) is not first


async def test_a_very_large_conference_keeps_no_author_names_in_memory(
    db: AsyncSession, conf: ConferenceView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vocabulary_module, "AUTHORS_IN_MEMORY", 100)
    vocabulary = (await Memory().known(db, conf)).vocabulary
    assert named(vocabulary, "jonathan frankle", Sense.AUTHOR) == []
    assert named(vocabulary, "doina precup", Sense.PERSON) == ["Doina Precup"], "speakers stay"
