"""A session holding more papers than its answer can list (a poster session of a conference
of many thousands): the first ones are read and listed, the rest counted exactly, retired
papers left out of both, and the answer reads as if every paper had been read."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView, PaperRef
from bot.programme.persistence import sessions as session_reads
from bot.programme.render import session_embed
from bot.programme.service import SESSION_PAPERS_LISTED, session_detail
from bot.store.models import Paper, Session, paper_sessions

SESSION = "tue-posters-morning"
ADDED = SESSION_PAPERS_LISTED + 41
RETIRED = ("crowd-000", "crowd-001", "crowd-002")


@pytest.fixture(autouse=True, params=["own papers read", "index walked"])
def listing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways a session's first papers are found on SQLite must list the same: its own
    papers read and sorted (a smaller session), or the live papers' index walked (a session
    of thousands, as here every session is)."""
    if request.param == "index walked":
        monkeypatch.setattr(session_reads, "WALKED_FROM", 1)


async def add_papers_to(db: AsyncSession, conf: ConferenceView, slug: str) -> None:
    session_id = await db.scalar(
        select(Session.id).where(Session.conference_id == conf.id, Session.slug == slug)
    )
    papers = [
        Paper(
            conference_id=conf.id,
            slug=f"crowd-{n:03d}",
            title=f"A Crowded Poster Number {n:03d}",
            authors=["Ada Example"],
            kind="oral" if n % 5 == 0 else "poster",
            placement="unknown",
            summary="One of many papers in one session.",
        )
        for n in range(ADDED)
    ]
    db.add_all(papers)
    await db.flush()
    await db.execute(
        insert(paper_sessions), [{"paper_id": p.id, "session_id": session_id} for p in papers]
    )
    await db.commit()


async def every_paper_of(db: AsyncSession, slug: str) -> list[PaperRef]:
    """The session's live papers, all of them, in the order its answer lists them."""
    rows = await db.execute(
        select(Paper.slug, Paper.title, Paper.kind, Paper.award)
        .join(paper_sessions, paper_sessions.c.paper_id == Paper.id)
        .join(Session, Session.id == paper_sessions.c.session_id)
        .where(Session.slug == slug, Paper.retired.is_(False))
        .order_by(Paper.kind, Paper.title, Paper.id)
    )
    return [PaperRef(*row) for row in rows]


async def test_a_crowded_session_lists_its_first_papers_and_counts_the_rest(
    db: AsyncSession, conf: ConferenceView
) -> None:
    before = len(await every_paper_of(db, SESSION))
    await add_papers_to(db, conf, SESSION)
    await db.execute(update(Paper).where(Paper.slug.in_(RETIRED)).values(retired=True))
    await db.commit()
    every = await every_paper_of(db, SESSION)

    session = await session_detail(db, conf, SESSION)

    assert list(session.papers) == every[:SESSION_PAPERS_LISTED]
    assert len(session.papers) + session.more_papers == len(every)
    assert len(every) == before + ADDED - len(RETIRED)


async def test_a_crowded_session_reads_as_if_every_paper_had_been_read(
    db: AsyncSession, conf: ConferenceView
) -> None:
    await add_papers_to(db, conf, SESSION)
    every = await every_paper_of(db, SESSION)
    session = await session_detail(db, conf, SESSION)

    shown = session_embed(conf, session).to_dict()
    whole = session_embed(conf, replace(session, papers=tuple(every), more_papers=0)).to_dict()

    assert shown == whole
    field = shown["fields"][-1]
    assert field["name"] == f"Papers ({len(every)})"
    listed = field["value"].count("\n")
    assert field["value"].endswith(f"… and {len(every) - listed} more")
