"""Programme changes a re-import finds, and the one sentence that tells people about them.

The same sentence goes into a subscriber's notice, a server's channel notice and `/changes`, so
everyone reads the same account of what moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo


class ChangeKind(StrEnum):
    ADDED = "added"
    MOVED = "moved"
    RETITLED = "retitled"
    CANCELLED = "cancelled"


NOTIFIED: tuple[ChangeKind, ...] = (ChangeKind.MOVED, ChangeKind.RETITLED, ChangeKind.CANCELLED)
"""Changes that people who asked to be reminded of the session hear about; an added session
has nobody subscribed to it yet (kind and topic subscriptions simply plan it)."""


@dataclass(frozen=True)
class SessionFacts:
    """What a change compares: the session's title, kind, times (UTC, ISO) and room name."""

    title: str
    kind: str
    starts_at: str | None
    ends_at: str | None
    room: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
            "room": self.room,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SessionFacts:
        return cls(
            title=str(raw.get("title", "")),
            kind=str(raw.get("kind", "")),
            starts_at=raw.get("starts_at"),
            ends_at=raw.get("ends_at"),
            room=raw.get("room"),
        )

    @property
    def start(self) -> datetime | None:
        return datetime.fromisoformat(self.starts_at) if self.starts_at else None


def change_between(before: SessionFacts, after: SessionFacts) -> ChangeKind | None:
    """How a session changed between two imports (None: not in a way attendees notice)."""
    if (before.starts_at, before.ends_at, before.room) != (
        after.starts_at,
        after.ends_at,
        after.room,
    ):
        return ChangeKind.MOVED
    if before.title != after.title:
        return ChangeKind.RETITLED
    return None


@dataclass(frozen=True)
class ChangeView:
    id: int
    conference_id: int
    session_slug: str
    kind: ChangeKind
    before: SessionFacts
    after: SessionFacts
    detected_at: datetime


def _when(facts: SessionFacts, zone: ZoneInfo, other: SessionFacts | None = None) -> str:
    start = facts.start
    if start is None:
        return "no time"
    local = start.astimezone(zone)
    other_start = other.start if other else None
    same_day = other_start is not None and other_start.astimezone(zone).date() == local.date()
    return local.strftime("%H:%M" if same_day else "%a %d %b %H:%M")


def describe(change: ChangeView, zone: ZoneInfo) -> str:
    """'Poster session: GANs moved from 11:00 to 13:00, Room R02', in venue time."""
    name = change.after.title or change.before.title
    if change.kind is ChangeKind.CANCELLED:
        return f"{name} was cancelled (it was at {_when(change.before, zone)})."
    if change.kind is ChangeKind.ADDED:
        room = f", {change.after.room}" if change.after.room else ""
        return f"{name} was added: {_when(change.after, zone)}{room}."
    if change.kind is ChangeKind.RETITLED:
        return f"“{change.before.title}” is now called “{change.after.title}”."
    parts = []
    if change.before.starts_at != change.after.starts_at:
        before = _when(change.before, zone, change.after)
        parts.append(f"moved from {before} to {_when(change.after, zone, change.before)}")
    elif change.before.ends_at != change.after.ends_at:
        parts.append("now ends at a different time")
    if change.before.room != change.after.room:
        parts.append(f"now in {change.after.room or 'a room to be announced'}")
    elif change.after.room:
        parts.append(change.after.room)
    return f"{name} " + ", ".join(parts) + "."


@dataclass(frozen=True)
class NoticeJob:
    """A claimed change notice, ready to render and send without the database. `route` is
    'dm', 'here' or 'guild' as for reminders."""

    notice_id: int
    route: str
    user_id: int | None
    guild_id: int | None
    channel_id: int | None
    change: ChangeView

    @property
    def nonce(self) -> str:
        """Distinct from reminder nonces, deterministic, at most 25 characters."""
        return f"notice-{self.notice_id}"
