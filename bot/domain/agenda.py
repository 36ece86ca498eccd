"""A personal agenda as plain records: what was added or removed, clashes, and one day of it
marked against the clock. Pure functions, so the rules for "now", "next" and an overlap are
the same in a reply, in a test and in a calendar file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.records import SessionView


class Moment(StrEnum):
    """Where an agenda item stands against the clock."""

    OVER = "over"
    NOW = "now"
    NEXT = "next"
    LATER = "later"


@dataclass(frozen=True)
class Clash:
    """Two sessions on one agenda whose times overlap."""

    first: SessionView
    second: SessionView


@dataclass(frozen=True)
class Added:
    """The answer to an add: what went on, what was there already, and what now overlaps."""

    label: str
    added: tuple[SessionView, ...]
    already: tuple[SessionView, ...]
    clashes: tuple[Clash, ...]


@dataclass(frozen=True)
class Removed:
    label: str
    removed: tuple[SessionView, ...]


@dataclass(frozen=True)
class AgendaEntry:
    session: SessionView
    moment: Moment
    clashes_with: tuple[SessionView, ...]


@dataclass(frozen=True)
class AgendaDay:
    """One day of an agenda in programme order, with a count of the items on other days."""

    day: date
    entries: tuple[AgendaEntry, ...]
    other_days: tuple[tuple[date, int], ...]
    total: int
    reminder_minutes: int | None

    @property
    def over(self) -> tuple[AgendaEntry, ...]:
        return tuple(entry for entry in self.entries if entry.moment == Moment.OVER)

    @property
    def ahead(self) -> tuple[AgendaEntry, ...]:
        return tuple(entry for entry in self.entries if entry.moment != Moment.OVER)


@dataclass(frozen=True)
class AgendaReminderSet:
    """The outcome of `/agenda remind`: the lead (None: off) and the reminders now planned."""

    minutes: int | None
    planned: int
    next_due: datetime | None


def overlaps(one: SessionView, other: SessionView) -> bool:
    """Two timed sessions overlap when each starts before the other ends; back to back is no
    clash, and a session without a known time clashes with nothing."""
    if one.starts_at is None or one.ends_at is None:
        return False
    if other.starts_at is None or other.ends_at is None:
        return False
    return one.starts_at < other.ends_at and other.starts_at < one.ends_at


def clashes_among(new: Sequence[SessionView], existing: Sequence[SessionView]) -> list[Clash]:
    """Every overlap of a newly added session with one already on the agenda (or added with
    it, as the sessions of one paper may be)."""
    found: list[Clash] = []
    seen: set[tuple[int, int]] = set()
    for session in new:
        for other in [*existing, *new]:
            key = (min(session.id, other.id), max(session.id, other.id))
            if other.id == session.id or key in seen or not overlaps(session, other):
                continue
            seen.add(key)
            found.append(Clash(session, other))
    return found


def moment_of(session: SessionView, now: datetime, first_next: datetime | None) -> Moment:
    assert session.starts_at is not None
    assert session.ends_at is not None
    if session.ends_at <= now:
        return Moment.OVER
    if session.starts_at <= now:
        return Moment.NOW
    return Moment.NEXT if session.starts_at == first_next else Moment.LATER


def agenda_day(
    sessions: Sequence[SessionView],
    day: date,
    zone: ZoneInfo,
    now: datetime,
    reminder_minutes: int | None,
) -> AgendaDay:
    """One venue-local day of an agenda (timed sessions in programme order), each marked over,
    now, next or later; "next" is whatever starts first after now, on any day."""
    timed = sorted(
        (s for s in sessions if s.starts_at is not None and s.ends_at is not None),
        key=lambda s: (s.starts_at, s.ends_at, s.title),
    )
    upcoming = [s.starts_at for s in timed if s.starts_at is not None and s.starts_at > now]
    first_next = min(upcoming) if upcoming else None
    counts: dict[date, int] = {}
    for session in timed:
        assert session.starts_at is not None
        local_day = session.starts_at.astimezone(zone).date()
        counts[local_day] = counts.get(local_day, 0) + 1
    todays = [s for s in timed if s.starts_at and s.starts_at.astimezone(zone).date() == day]
    entries = tuple(
        AgendaEntry(
            session,
            moment_of(session, now, first_next),
            tuple(other for other in timed if other.id != session.id and overlaps(session, other)),
        )
        for session in todays
    )
    others = tuple(sorted((d, n) for d, n in counts.items() if d != day))
    return AgendaDay(day, entries, others, len(sessions), reminder_minutes)


def first_day(sessions: Sequence[SessionView], zone: ZoneInfo) -> date | None:
    """The venue-local day of the earliest timed session, if any."""
    starts = [s.starts_at for s in sessions if s.starts_at is not None]
    return min(starts).astimezone(zone).date() if starts else None
