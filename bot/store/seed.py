"""Loads conference files into the store: validated first, then in one transaction, by slug.

Re-running with the same files changes nothing; after an edit, rows are updated in place so that
subscriptions and deliveries (which point at sessions by id) keep working. Sessions and papers
that disappear from the file are retired, never deleted, for the same reason.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from bot.domain.changes import ChangeKind, SessionFacts, change_between
from bot.domain.imported import ConferenceData, PaperData, SessionData
from bot.domain.text import opening_name, slugify
from bot.store.bulk_papers import sync_papers
from bot.store.dialect import lock_for_write
from bot.store.models import Base, Conference, Paper, Room, Session, Topic
from bot.store.search_index import (
    IndexedPaper,
    index_whole_conference,
    rebuild_dictionary,
    remove_papers,
    replace_papers,
)

Row = TypeVar("Row", bound=Base)


@dataclass(frozen=True)
class FoundChange:
    """A session a re-import moved, retitled, added or cancelled: as it was and as it is."""

    session: Session
    kind: ChangeKind
    before: SessionFacts
    after: SessionFacts


def facts_of(session: Session, room: str | None) -> SessionFacts:
    """A session's facts as a change compares them."""
    return SessionFacts(
        title=session.title,
        kind=session.kind,
        starts_at=session.starts_at.isoformat() if session.starts_at else None,
        ends_at=session.ends_at.isoformat() if session.ends_at else None,
        room=room,
    )


Recorder = Callable[[AsyncSession, int, list[FoundChange], datetime], Awaitable[int]]
"""Keeps the changes a seed found, in its transaction, and plans who is told: the imports
feature's (`bot.imports.changes.record`); returns the number of notices planned."""


@dataclass
class SeedReport:
    """What a seed run changed, per kind of row, for the operator."""

    conferences: list[str] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    retired: dict[str, int] = field(default_factory=dict)
    changes: dict[str, int] = field(default_factory=dict)
    """Schedule changes found by kind (moved, cancelled, ...): only on a re-import."""
    notices: int = 0

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.retired)

    def summary(self) -> str:
        names = ", ".join(self.conferences) or "no conference"
        if not self.changed:
            return f"{names}: nothing changed."
        parts = []
        for label, bucket in (
            ("created", self.created),
            ("updated", self.updated),
            ("retired", self.retired),
        ):
            if bucket:
                detail = ", ".join(f"{count} {kind}" for kind, count in sorted(bucket.items()))
                parts.append(f"{label} {detail}")
        if self.changes:
            detail = ", ".join(f"{count} {kind}" for kind, count in sorted(self.changes.items()))
            parts.append(f"programme changes: {detail} ({self.notices} notices to send)")
        return f"{names}: " + "; ".join(parts) + "."


def _assign(row: Base, values: dict[str, Any]) -> bool:
    """Set the attributes that differ; True when anything did."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


class _Seeder:
    def __init__(
        self, db: AsyncSession, report: SeedReport, now: datetime, record: Recorder
    ) -> None:
        self.db = db
        self.report = report
        self.now = now
        self.record = record
        self.reindex: list[IndexedPaper] = []
        self.fresh: list[IndexedPaper] = []
        """Papers never indexed: nothing to delete before inserting their index rows."""
        self.whole = False
        """The fresh papers are every live paper of the conference: a first import."""
        self.unindex: list[int] = []
        self.found: list[FoundChange] = []
        self.reimport = False

    def upsert(
        self, kind: str, existing: Row | None, new: type[Row], values: dict[str, Any]
    ) -> tuple[Row, bool]:
        """The row for these values, created or updated in place; True when anything changed."""
        if existing is None:
            row = new(**values)
            self.db.add(row)
            self.report.count(self.report.created, kind)
            return row, True
        changed = _assign(existing, values)
        if changed:
            self.report.count(self.report.updated, kind)
        return existing, changed

    async def conference(self, data: ConferenceData) -> Conference:
        existing = await self.db.scalar(select(Conference).where(Conference.slug == data.slug))
        self.reimport = existing is not None
        values: dict[str, Any] = {
            "slug": data.slug,
            "name": data.name,
            "full_name": data.full_name,
            "edition": data.edition,
            "start_date": data.start_date,
            "end_date": data.end_date,
            "city": data.city,
            "venue": data.venue,
            "timezone": data.timezone,
            "website": data.website,
            "description": data.description,
            "details": data.details,
        }
        if data.source:
            values["source"] = data.source
        conference, _ = self.upsert("conference", existing, Conference, values)
        await self.db.flush()
        return conference

    async def rooms(self, conf: Conference, data: ConferenceData) -> dict[str, Room]:
        found = await self._by_slug(Room, conf.id)
        rooms = {}
        for room in data.rooms:
            values = {"conference_id": conf.id, "slug": room.slug, "name": room.name}
            values["purpose"] = room.purpose
            rooms[room.slug], _ = self.upsert("rooms", found.pop(room.slug, None), Room, values)
        for stale in found.values():
            await self.db.delete(stale)
            self.report.count(self.report.retired, "rooms")
        await self.db.flush()
        return rooms

    async def topics(self, conf: Conference, data: ConferenceData) -> dict[str, Topic]:
        aliases: dict[str, tuple[str, ...]] = {topic.name: topic.aliases for topic in data.topics}
        names = dict.fromkeys(
            [topic.name for topic in data.topics]
            + [name for session in data.sessions for name in session.topics]
            + [name for paper in data.papers for name in paper.topics]
        )
        found = await self._by_slug(Topic, conf.id)
        topics: dict[str, Topic] = {}
        by_slug: dict[str, Topic] = {}
        for name in names:
            slug = slugify(name)
            if slug not in by_slug:
                values = {"conference_id": conf.id, "slug": slug, "name": name}
                values["aliases"] = list(aliases.get(name, ()))
                by_slug[slug], _ = self.upsert("topics", found.pop(slug, None), Topic, values)
            topics[name] = by_slug[slug]
        # A source without papers (a schedule) says nothing about the papers' topics.
        for stale in found.values() if data.papers else ():
            await self.db.delete(stale)
            self.report.count(self.report.retired, "topics")
        await self.db.flush()
        return topics

    async def sessions(
        self,
        conf: Conference,
        data: ConferenceData,
        rooms: dict[str, Room],
        topics: dict[str, Topic],
    ) -> dict[str, Session]:
        found = await self._by_slug(Session, conf.id, selectinload(Session.topics))
        room_names = {room.id: room.name for room in rooms.values()}
        room_names |= await self._room_names(conf.id)
        sessions = {}
        for item in data.sessions:
            existing = found.pop(item.slug, None)
            before = None
            if existing is not None and not existing.retired:
                before = facts_of(existing, room_names.get(existing.room_id or -1))
            values = _session_values(conf, item, rooms)
            row, changed = self.upsert("sessions", existing, Session, values)
            links = self._set_links(row, "topics", [topics[name] for name in item.topics])
            if links and not changed:
                self.report.count(self.report.updated, "sessions")
            sessions[item.slug] = row
            after = facts_of(row, rooms[item.room].name if item.room else None)
            kind = ChangeKind.ADDED if before is None else change_between(before, after)
            if kind is not None and self.reimport:
                self.found.append(FoundChange(row, kind, before or after, after))
        for stale in found.values():
            if not stale.retired:
                facts = facts_of(stale, room_names.get(stale.room_id or -1))
                stale.retired = True
                self.report.count(self.report.retired, "sessions")
                self.found.append(FoundChange(stale, ChangeKind.CANCELLED, facts, facts))
        await self.db.flush()
        return sessions

    async def _room_names(self, conference_id: int) -> dict[int, str]:
        """Names of rooms as they were, for changes of sessions whose room went away."""
        rows = await self.db.execute(
            select(Room.id, Room.name).where(Room.conference_id == conference_id)
        )
        return {room_id: name for room_id, name in rows}

    async def record_changes(self, conf: Conference) -> None:
        """Store what moved, with notices for those who would be reminded, and count a new
        revision so running bots reload."""
        if self.found:
            self.report.notices += await self.record(self.db, conf.id, self.found, self.now)
            for item in self.found:
                self.report.count(self.report.changes, item.kind)
        if self.report.changed or conf.imported_at is None:
            conf.revision = (conf.revision or 0) + 1
            conf.imported_at = self.now
        await self.db.flush()

    async def papers(
        self,
        conf: Conference,
        data: ConferenceData,
        topics: dict[str, Topic],
        sessions: dict[str, Session],
    ) -> None:
        sync = await sync_papers(
            self.db,
            conf.id,
            data.papers,
            {name: topic.id for name, topic in topics.items()},
            {slug: session.id for slug, session in sessions.items()},
            retire_missing=bool(data.papers),
        )
        for bucket, count in (
            (self.report.created, sync.created),
            (self.report.updated, sync.updated),
            (self.report.retired, len(sync.retired)),
        ):
            if count:
                bucket["papers"] = bucket.get("papers", 0) + count
        self.unindex += sync.retired
        changed = set(sync.changed)
        for item in data.papers:
            paper_id = sync.ids[item.slug]
            if paper_id in changed:
                into = self.fresh if paper_id in sync.created_ids else self.reindex
                into.append(indexed_item(paper_id, conf.id, item, topics))
        self.whole = bool(data.papers) and sync.created == len(data.papers)

    def _set_links(self, row: Session | Paper, name: str, targets: list[Any]) -> bool:
        """Replace a many-to-many collection when its members differ; True for an existing row."""
        members = list(dict.fromkeys(targets))
        if row.id is None:
            setattr(row, name, members)
            return False
        if {item.id for item in getattr(row, name)} == {item.id for item in members}:
            return False
        setattr(row, name, members)
        return True

    async def _by_slug(
        self, model: type[Row], conference_id: int, *options: LoaderOption
    ) -> dict[str, Row]:
        """The conference's existing rows of a kind, by slug, with the links to compare."""
        rows = await self.db.scalars(
            select(model).where(model.__table__.c.conference_id == conference_id).options(*options)
        )
        return {row.__dict__["slug"]: row for row in rows}

    async def sync_index(self, conf: Conference) -> None:
        await remove_papers(self.db, conf.id, self.unindex)
        await replace_papers(self.db, self.reindex)
        if self.whole:
            await index_whole_conference(self.db, conf.id, self.fresh)
            return
        await replace_papers(self.db, self.fresh, fresh=True)
        if self.unindex or self.reindex or self.fresh:
            await rebuild_dictionary(self.db, conf.id)


def _session_values(conf: Conference, item: SessionData, rooms: dict[str, Room]) -> dict[str, Any]:
    return {
        "conference_id": conf.id,
        "slug": item.slug,
        "kind": item.kind,
        "title": item.title,
        "starts_at": item.starts_at,
        "ends_at": item.ends_at,
        "timing": item.timing,
        "room_id": rooms[item.room].id if item.room else None,
        "talk_title": item.talk_title,
        "description": item.description,
        "url": item.url,
        "people": [{"name": name, "role": role} for name, role in item.people],
        "links": [{"label": label, "url": url} for label, url in item.links],
        "language": item.language,
        "retired": False,
    }


def indexed_item(
    paper_id: int, conference_id: int, item: PaperData, topics: dict[str, Topic]
) -> IndexedPaper:
    """A paper's index row from the imported record, without loading it back. Topics go in
    by id, as `indexed` puts them, so a paper's row is the same whichever way it was made."""
    on = sorted({topics[name] for name in item.topics}, key=lambda topic: topic.id)
    topic_words = [" ".join([topic.name, *topic.aliases]) for topic in on]
    return IndexedPaper(
        paper_id=paper_id,
        conference_id=conference_id,
        title=item.title,
        aliases=" ".join([*item.aliases, *opening_name(item.summary)]),
        authors=" ".join(item.authors),
        topics=" ".join([*topic_words, *item.keywords]),
        summary=item.summary,
    )


def indexed(paper: Paper) -> IndexedPaper:
    """A stored paper's index row (see `indexed_item`)."""
    on = sorted(paper.topics, key=lambda topic: topic.id)
    topic_words = [" ".join([topic.name, *topic.aliases]) for topic in on]
    topic_words += paper.keywords
    return IndexedPaper(
        paper_id=paper.id,
        conference_id=paper.conference_id,
        title=paper.title,
        aliases=" ".join([*paper.aliases, *opening_name(paper.summary)]),
        authors=" ".join(paper.authors),
        topics=" ".join(topic_words),
        summary=paper.summary,
    )


async def _index_missing(db: AsyncSession) -> bool:
    """True when live papers have no index rows, as a migration that reshapes the index leaves
    them: the seed's own rules refill it, so no migration needs a copy of those rules."""
    missing = await db.scalar(
        text(
            "SELECT NOT EXISTS (SELECT 1 FROM paper_search) "
            "AND EXISTS (SELECT 1 FROM papers WHERE NOT retired)"
        )
    )
    return bool(missing)


async def _index_every_paper(db: AsyncSession) -> None:
    """Index every live paper and rebuild every conference's dictionary."""
    papers = await db.scalars(
        select(Paper).where(Paper.retired.is_(False)).options(selectinload(Paper.topics))
    )
    by_conference: dict[int, list[IndexedPaper]] = {}
    for paper in papers:
        by_conference.setdefault(paper.conference_id, []).append(indexed(paper))
    for conference_id, rows in by_conference.items():
        await replace_papers(db, rows)
        await rebuild_dictionary(db, conference_id)


async def restore_index(session_factory: async_sessionmaker[AsyncSession]) -> bool:
    """Fill the index again if a migration emptied it; True when it did. The check is a read,
    so a store that needs nothing never waits for the write lock."""
    async with session_factory() as db:
        if not await _index_missing(db):
            return False
    async with session_factory() as db, db.begin():
        await lock_for_write(db)
        if not await _index_missing(db):
            return False
        await _index_every_paper(db)
    return True


async def seed_conference(
    db: AsyncSession, data: ConferenceData, report: SeedReport, now: datetime, record: Recorder
) -> None:
    """Apply one parsed conference inside the caller's transaction."""
    seeder = _Seeder(db, report, now, record)
    conference = await seeder.conference(data)
    rooms = await seeder.rooms(conference, data)
    topics = await seeder.topics(conference, data)
    sessions = await seeder.sessions(conference, data, rooms, topics)
    await seeder.papers(conference, data, topics, sessions)
    await seeder.sync_index(conference)
    await seeder.record_changes(conference)
    report.conferences.append(data.slug)


async def seed(
    session_factory: async_sessionmaker[AsyncSession],
    parsed: Iterable[ConferenceData],
    record: Recorder,
    now: datetime | None = None,
) -> SeedReport:
    """Apply parsed conferences in one transaction (all or nothing). `now` stamps the import
    and the changes it finds (the wall clock unless a rehearsal gives its own)."""
    report = SeedReport()
    stamp = now or datetime.now(UTC)
    # Only changed papers are indexed below: an index a migration emptied is filled first.
    await restore_index(session_factory)
    await _seed_all(session_factory, parsed, report, stamp, record)
    return report


async def _seed_all(
    session_factory: async_sessionmaker[AsyncSession],
    parsed: Iterable[ConferenceData],
    report: SeedReport,
    stamp: datetime,
    record: Recorder,
) -> None:
    async with session_factory() as db, db.begin():
        await lock_for_write(db)
        for data in parsed:
            await seed_conference(db, data, report, stamp, record)
        if report.changed:
            # Fresh statistics for the query planner: without them SQLite reads
            # `id IN (...) AND conference_id = ?` through the (conference_id, slug) index, a scan
            # of every paper of the conference (17 ms per search at 100k papers, 0.1 ms with).
            await db.execute(text("ANALYZE"))
