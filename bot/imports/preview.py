"""Applying a parsed conference with a look first: the change is made inside one transaction,
read back (what was added, moved, retitled, cancelled; who would be told), and only then
committed, or rolled back for a dry run or a change the guard refuses.

Previewing by applying and rolling back, rather than by a second comparison written beside
the seed, means the preview cannot disagree with what an import does: it is the same code on
the same rows, and a dry run writes nothing because its transaction never commits.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.changes import ChangeKind, ChangeView, describe
from bot.domain.imported import ConferenceData
from bot.domain.records import zone_label
from bot.domain.text import words
from bot.imports.changes import change_view, record
from bot.imports.problems import DataError
from bot.imports.sources import name_of
from bot.store.bulk_papers import collector_paused
from bot.store.dialect import lock_for_write
from bot.store.models import ChangeNotice, Conference, ScheduleChange, Session
from bot.store.seed import SeedReport, restore_index, seed_conference
from bot.store.setup import Store

MAX_CANCELLED_SHARE = 0.25
"""More than this share of a conference's sessions cancelled at once is taken for a wrong file
or a broken export, not a programme change."""
PREVIEW_LINES = 50
"""Changes listed one by one in a preview; beyond them the counts say the rest."""


class Mode(StrEnum):
    """What to do with a change once it is seen."""

    APPLY = "apply"
    DRY_RUN = "dry run"


@dataclass(frozen=True)
class Before:
    """The stored conference a change is measured against."""

    name: str
    full_name: str
    live_sessions: int


@dataclass(frozen=True)
class Preview:
    """What an import changes: the report, every session change, and who is told of them."""

    slug: str
    zone: str
    mode: Mode
    before: Before | None
    report: SeedReport
    changes: tuple[ChangeView, ...]
    people: int
    channels: int
    refused: str | None = None
    """Why the guard would refuse it (a dry run still shows it)."""

    @property
    def counts(self) -> Counter[ChangeKind]:
        return Counter(change.kind for change in self.changes)

    @property
    def cancelled(self) -> int:
        return self.counts[ChangeKind.CANCELLED]

    def headline(self) -> str:
        """One line: the counts of each kind of change and the people told."""
        if self.before is None:
            created = ", ".join(f"{n} {kind}" for kind, n in sorted(self.report.created.items()))
            return f"'{self.slug}' is new: {created}."
        if not self.report.changed:
            return f"'{self.slug}': nothing changed."
        counts = ", ".join(f"{self.counts[kind]} {kind}" for kind in ChangeKind)
        told = f"{self.people} people"
        if self.channels:
            told += f" and {self.channels} server channels"
        return f"'{self.slug}': {counts}; {told} would be notified."

    def lines(self) -> list[str]:
        """The headline, then each session change in the venue's time."""
        zone = ZoneInfo(self.zone)
        listed = [
            f"  {change.kind}: {describe(change, zone)}" for change in self.changes[:PREVIEW_LINES]
        ]
        if len(self.changes) > PREVIEW_LINES:
            listed.append(f"  ... and {len(self.changes) - PREVIEW_LINES} more")
        refused = [f"  refused without --replace: {self.refused}"] if self.refused else []
        return [self.headline(), *listed, f"  times in {zone_label(self.zone)}", *refused]


class Refused(DataError):
    """A change the guard would not apply without --replace; nothing was written."""

    def __init__(self, source: str, slug: str, reason: str) -> None:
        super().__init__(
            source, slug, "*", f"{reason}; nothing changed (add --replace to apply it anyway)"
        )


def _names(*names: str) -> set[str]:
    return {" ".join(words(name)) for name in names if words(name)}


def refusal(before: Before | None, data: ConferenceData, preview: Preview) -> str | None:
    """Why the guard refuses this change, or None. Another conference is one that shares
    neither its title nor its acronym with the stored one: an organiser may rename one of
    them, but a file that matches neither is a different programme."""
    if before is None:
        return None
    if not _names(before.name, before.full_name) & _names(data.name, data.full_name):
        return (
            f"it describes {data.full_name!r} ({data.name}), not {before.full_name!r} "
            f"({before.name}); importing it would cancel {preview.cancelled} of "
            f"{before.live_sessions} sessions"
        )
    if before.live_sessions and preview.cancelled > before.live_sessions * MAX_CANCELLED_SHARE:
        return (
            f"it would cancel {preview.cancelled} of {before.live_sessions} sessions of "
            f"'{data.slug}' ({preview.people} people would be notified)"
        )
    return None


async def _before(db: AsyncSession, slug: str) -> Before | None:
    found = (
        await db.execute(
            select(Conference.id, Conference.name, Conference.full_name).where(
                Conference.slug == slug
            )
        )
    ).first()
    if found is None:
        return None
    live = await db.scalar(
        select(func.count()).where(Session.conference_id == found.id, Session.retired.is_(False))
    )
    return Before(found.name, found.full_name, int(live or 0))


async def _read_back(
    db: AsyncSession,
    data: ConferenceData,
    mode: Mode,
    before: Before | None,
    since: int,
    report: SeedReport,
) -> Preview:
    rows = await db.execute(
        select(ScheduleChange, Session.slug)
        .join(Session, Session.id == ScheduleChange.session_id)
        .where(ScheduleChange.id > since)
        .order_by(ScheduleChange.id)
    )
    changes = tuple(change_view(change, slug) for change, slug in rows)
    told = await db.execute(
        select(
            func.count(func.distinct(ChangeNotice.user_id)),
            func.count(func.distinct(ChangeNotice.channel_id)),
        ).where(ChangeNotice.change_id > since)
    )
    people, channels = told.one()
    return Preview(
        data.slug, data.timezone, mode, before, report, changes, int(people), int(channels or 0)
    )


async def apply_checked(
    store: Store, data: ConferenceData, now: datetime, *, mode: Mode, replace: bool
) -> Preview:
    """Apply one conference unless the guard refuses it (Refused, nothing written); in a dry
    run, roll back whatever it would have done and return the preview."""
    if mode is Mode.APPLY:
        await restore_index(store.sessions)
    with collector_paused():
        async with store.sessions() as db:
            await lock_for_write(db)
            before = await _before(db, data.slug)
            since = int(await db.scalar(select(func.max(ScheduleChange.id))) or 0)
            report = SeedReport()
            await seed_conference(db, data, report, now, record)
            preview = await _read_back(db, data, mode, before, since, report)
            refused = None if replace else refusal(before, data, preview)
            if mode is Mode.DRY_RUN:
                await db.rollback()
                return dataclasses.replace(preview, refused=refused)
            if refused is not None:
                await db.rollback()
                raise Refused(name_of(data.source), data.slug, refused)
            if report.changed:
                # Fresh statistics for the query planner, as the seed keeps them.
                await db.execute(text("ANALYZE"))
            await db.commit()
    return preview
