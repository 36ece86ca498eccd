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

from bot.domain.errors import N_


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


@dataclass(frozen=True)
class Moment:
    """A session's start at the venue, as a change shows it: the time alone when the other
    side of the change is the same day, else with its day; None when it had no time."""

    local: datetime | None
    with_day: bool

    def __str__(self) -> str:
        if self.local is None:
            return "no time"
        return self.local.strftime("%a %d %b %H:%M" if self.with_day else "%H:%M")


@dataclass(frozen=True)
class Account:
    """A change as one whole sentence (its English is the catalogue's message id) with its
    values apart, so a notice can be written in its reader's language; `str()` is English."""

    message: str
    values: dict[str, object]

    def __str__(self) -> str:
        return self.message.format_map({k: str(v) for k, v in self.values.items()})


def _moment(facts: SessionFacts, zone: ZoneInfo, other: SessionFacts | None = None) -> Moment:
    start = facts.start
    if start is None:
        return Moment(None, with_day=True)
    local = start.astimezone(zone)
    other_start = other.start if other else None
    same_day = other_start is not None and other_start.astimezone(zone).date() == local.date()
    return Moment(local, with_day=not same_day)


_MOVED = {
    ("time", "new room"): N_("{name} moved from {before} to {after}, now in {room}."),
    ("time", "no room"): N_(
        "{name} moved from {before} to {after}, now in a room to be announced."
    ),
    ("time", "same room"): N_("{name} moved from {before} to {after}, {room}."),
    ("time", ""): N_("{name} moved from {before} to {after}."),
    ("end", "new room"): N_("{name} now ends at a different time, now in {room}."),
    ("end", "no room"): N_("{name} now ends at a different time, now in a room to be announced."),
    ("end", "same room"): N_("{name} now ends at a different time, {room}."),
    ("end", ""): N_("{name} now ends at a different time."),
    ("", "new room"): N_("{name} now in {room}."),
    ("", "no room"): N_("{name} now in a room to be announced."),
}
"""A move, by what changed of its time and of its room: each a whole sentence."""


def account(change: ChangeView, zone: ZoneInfo) -> Account:
    """What happened to the session, in venue time, as one sentence and its values."""
    name = change.after.title or change.before.title
    before, after = change.before, change.after
    if change.kind is ChangeKind.CANCELLED:
        return Account(
            N_("{name} was cancelled (it was at {before})."),
            {"name": name, "before": _moment(before, zone)},
        )
    if change.kind is ChangeKind.ADDED:
        values: dict[str, object] = {"name": name, "after": _moment(after, zone)}
        if after.room:
            return Account(N_("{name} was added: {after}, {room}."), values | {"room": after.room})
        return Account(N_("{name} was added: {after}."), values)
    if change.kind is ChangeKind.RETITLED:
        return Account(
            N_("“{before}” is now called “{after}”."),
            {"before": before.title, "after": after.title},
        )
    timing = (
        "time"
        if before.starts_at != after.starts_at
        else "end"
        if before.ends_at != after.ends_at
        else ""
    )
    if before.room != after.room:
        place = "new room" if after.room else "no room"
    else:
        place = "same room" if after.room else ""
    values = {
        "name": name,
        "before": _moment(before, zone, after),
        "after": _moment(after, zone, before),
        "room": after.room or "",
    }
    return Account(_MOVED.get((timing, place), N_("{name} moved.")), values)


def describe(change: ChangeView, zone: ZoneInfo) -> str:
    """'Poster session: GANs moved from 11:00 to 13:00, Room R02', in venue time and English
    (the operator's import preview; notices and /changes take the reader's language)."""
    return str(account(change, zone))


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
