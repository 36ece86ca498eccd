"""The SQLite reader: one hop per answer, and never a stale or broken one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.conferences import get_conference
from bot.domain.errors import DomainError
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.papers.service import (
    by_author,
    by_author_else_found,
    by_authors,
    paper_choices,
    search_papers,
    with_award,
)
from bot.programme.service import day_programme, topic_choices, topic_match
from bot.store.models import Paper
from bot.store.reader import Reader
from bot.store.setup import Store
from tests.hostile import HOSTILE, HOSTILE_IDS, outcome

pytestmark = pytest.mark.sqlite_only("the reader is SQLite's")


def _reader_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("confbot-reader")]


def _wal_files(folder: Path) -> list[Path]:
    return list(folder.glob("*-wal"))


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every plan the reader answers, so a test knows the answer came from it."""
    plans: list[object] = []
    run = Reader.run

    async def counted(self: Reader, plan: object) -> object:
        plans.append(plan)
        return await run(self, plan)  # type: ignore[arg-type]

    monkeypatch.setattr(Reader, "run", counted)
    return plans


async def test_a_store_on_a_file_answers_a_search_in_one_call_to_its_reader(
    store: Store, conf: ConferenceView, answered: list[object]
) -> None:
    async with store.sessions() as db:
        found = await search_papers(db, conf, "lottery ticket")

    assert found[0].slug == "lottery-ticket-hypothesis"
    assert found[0].sessions[0].room == "Great Hall AD"
    assert len(answered) == 1


async def test_a_persons_papers_under_two_spellings_are_one_call_to_its_reader(
    store: Store, conf: ConferenceView, answered: list[object]
) -> None:
    async with store.sessions() as db:
        written, spelt = await by_authors(db, conf, ["Angela Fan", "fan"])

    assert written
    assert {paper.slug for paper in written} <= {paper.slug for paper in spelt}
    assert len(answered) == 1


@pytest.fixture
def statements(store: Store) -> Iterator[list[str]]:
    """Every statement sent through SQLAlchemy (and so through aiosqlite) from here on."""
    sent: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        sent.append(statement)

    event.listen(store.engine.sync_engine, "before_cursor_execute", note)
    yield sent
    event.remove(store.engine.sync_engine, "before_cursor_execute", note)


async def test_a_topic_answer_and_a_topic_autocomplete_are_one_call_each_to_the_reader(
    store: Store, conf: ConferenceView, answered: list[object], statements: list[str]
) -> None:
    async with store.sessions() as db:
        match = await topic_match(db, conf, "GANs", Group.POSTER)
        choices = await topic_choices(db, conf, "gan")
        by_keyword = await topic_match(db, conf, "Interpretability")

    assert match.topics == ("generative adversarial networks",)
    assert match.sessions
    assert all(session.kind == "poster" for session in match.sessions)
    assert len(match.papers) == 4
    assert ("generative-adversarial-networks", "generative adversarial networks") in choices
    assert by_keyword.topics == ("Interpretability",)
    assert len(by_keyword.papers) == 9
    assert len(answered) == 3
    assert statements == []


async def test_a_paper_autocomplete_and_a_day_programme_are_one_call_each_to_the_reader(
    store: Store, conf: ConferenceView, answered: list[object], statements: list[str]
) -> None:
    async with store.sessions() as db:
        choices = await paper_choices(db, conf, "lottery tic")
        tuesday = await day_programme(db, conf, date(2019, 5, 7))

    assert choices[0].value == "lottery-ticket-hypothesis"
    assert "tue-keynote-morning" in [session.slug for session in tuesday]
    assert len(answered) == 2
    assert statements == []


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement the reader runs on its own connection."""
    statements: list[str] = []
    rows = Reader._rows

    def counted(self: Reader, sql: str, params: object) -> object:
        statements.append(sql)
        return rows(self, sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(Reader, "_rows", counted)
    return statements


async def test_a_name_nobody_has_costs_the_author_look_up_one_statement(
    store: Store, conf: ConferenceView, sent: list[str]
) -> None:
    async with store.sessions() as db:
        nobody = await by_author(db, conf, "by rote and by luck")
        looked_up = len(sent)
        written = await by_author(db, conf, "Angela Fan")

    assert nobody == []
    assert looked_up == 1
    assert "Pay Less Attention with Lightweight and Dynamic Convolutions" in [
        paper.title for paper in written
    ]


async def test_words_after_by_that_name_nobody_are_searched_in_the_same_call_to_the_reader(
    store: Store, conf: ConferenceView, answered: list[object]
) -> None:
    async with store.sessions() as db:
        written, found = await by_author_else_found(db, conf, "lottery ticket", "lottery ticket")
        theirs, unsearched = await by_author_else_found(db, conf, "Angela Fan", "angela fan")

    assert written == []
    assert found is not None
    assert found.papers[0].slug == "lottery-ticket-hypothesis"
    assert theirs
    assert unsearched is None
    assert len(answered) == 2


async def test_the_reader_sees_a_write_committed_through_sqlalchemy_right_after_it(
    store: Store, conf: ConferenceView, answered: list[object]
) -> None:
    async with store.sessions() as db:
        assert await with_award(db, conf, "Test of Time") == []
    async with store.sessions() as db:
        await db.execute(
            update(Paper).where(Paper.slug == "ordered-neurons").values(award="Test of Time")
        )
        await db.commit()
    async with store.sessions() as db:
        found = await with_award(db, conf, "Test of Time")

    assert [paper.slug for paper in found] == ["ordered-neurons"]
    assert len(answered) == 2


async def test_a_session_with_changes_of_its_own_reads_them_not_the_reader(
    db: AsyncSession, conf: ConferenceView, answered: list[object]
) -> None:
    paper = await db.get_one(Paper, (await search_papers(db, conf, "ordered neurons"))[0].id)
    paper.award = "Test of Time"

    found = await with_award(db, conf, "Test of Time")

    assert [view.slug for view in found] == ["ordered-neurons"]
    assert len(answered) == 1


async def test_a_session_that_wrote_in_its_open_transaction_reads_its_write(
    db: AsyncSession, conf: ConferenceView, answered: list[object]
) -> None:
    await db.execute(
        update(Paper).where(Paper.slug == "ordered-neurons").values(award="Test of Time")
    )

    found = await with_award(db, conf, "Test of Time")
    await db.rollback()
    after = await with_award(db, conf, "Test of Time")

    assert [view.slug for view in found] == ["ordered-neurons"]
    assert after == []
    assert len(answered) == 1  # once the write is rolled back, the reader answers again


async def test_a_session_that_wrote_straight_to_the_driver_reads_its_write(
    db: AsyncSession, conf: ConferenceView, answered: list[object]
) -> None:
    """A write sent as driver SQL (no ORM statement, no flush) is the session's own too."""
    connection = await db.connection()
    await connection.exec_driver_sql(
        "UPDATE papers SET award = 'Test of Time' WHERE slug = 'ordered-neurons'"
    )

    found = await with_award(db, conf, "Test of Time")
    await db.rollback()
    after = await with_award(db, conf, "Test of Time")

    assert [view.slug for view in found] == ["ordered-neurons"]
    assert after == []
    assert len(answered) == 1  # once the write is rolled back, the reader answers again


@pytest.mark.parametrize("typed", HOSTILE, ids=HOSTILE_IDS)
async def test_hostile_input_leaves_the_reader_answering(
    store: Store, conf: ConferenceView, typed: str
) -> None:
    async with store.sessions() as db:
        searched = await outcome(search_papers(db, conf, typed))
        offered = await outcome(paper_choices(db, conf, typed))
        after = await search_papers(db, conf, "lottery ticket")

    assert isinstance(searched, list | DomainError)
    assert isinstance(offered, list | DomainError)
    assert after[0].slug == "lottery-ticket-hypothesis"


async def test_the_reader_closes_with_the_store_and_leaves_the_file_checkpointed(
    database_url: str, data_dir: Path, tmp_path: Path
) -> None:
    before = set(_reader_threads())
    opened = await open_store(database_url, data_dir)
    async with opened.sessions() as db:
        conf = await get_conference(db, "iclr2019")
        assert await search_papers(db, conf, "lottery ticket")
    assert opened.reader is not None
    assert set(_reader_threads()) - before

    await opened.close()

    assert set(_reader_threads()) <= before
    assert _wal_files(tmp_path) == []
    with pytest.raises(RuntimeError):
        await opened.reader.run(iter(()))  # type: ignore[arg-type]


async def test_an_in_memory_store_has_no_reader_and_still_answers(data_dir: Path) -> None:
    opened = await open_store("sqlite+aiosqlite://", data_dir)
    try:
        async with opened.sessions() as db:
            conf = await get_conference(db, "iclr2019")
            found = await search_papers(db, conf, "lottery ticket")
            offered = await paper_choices(db, conf, "lott")
    finally:
        await opened.close()

    assert opened.reader is None
    assert found[0].slug == "lottery-ticket-hypothesis"
    assert [choice.value for choice in offered] == ["lottery-ticket-hypothesis"]
