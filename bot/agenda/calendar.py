"""Sessions as an iCalendar file (RFC 5545), for any calendar app.

Each session keeps one UID across exports (its slug and the conference's), so importing a
newer file updates the events instead of adding copies. Times are written in the venue's zone
with its VTIMEZONE, which is how a calendar shows the printed programme's clock and still
places each event at the right instant anywhere. Times no schedule confirms are TENTATIVE and
say so in the description. The iCalendar library loads with the first file, not at start-up.

The file's few words of its own ("Speakers:", "Topics:", the kind of session) stay English
whatever the language of the person who asked: a calendar file is shared (one /calendar
file serves a whole server, an exported agenda is often forwarded), it outlives the reply,
and everything a reader meets first is localised by the calendar app itself, which writes
the dates, times and reminders in its user's own language and zone. The rest of the file
is conference data, never translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.discord.times import APPROX, DAY_UNCERTAIN
from bot.domain.kinds import label_of
from bot.domain.records import ConferenceView, SessionView

PRODUCT = "-//confbot//conference companion//EN"
END = b"END:VCALENDAR\r\n"
APPROXIMATE_NOTE = f"{APPROX} Approximate time: no schedule confirms it."


def session_uid(conf: ConferenceView, session: SessionView) -> str:
    """Stable per session and conference, so re-importing a file updates its events."""
    return f"{session.slug}@{conf.slug}.confbot"


def _description(session: SessionView) -> str:
    parts = []
    if session.approximate:
        note = APPROXIMATE_NOTE
        if session.day_uncertain:
            note += f" The {DAY_UNCERTAIN}."
        parts.append(note)
    speakers = [name for name, _ in session.people]
    if speakers:
        parts.append(f"Speakers: {', '.join(speakers)}")
    if session.talk_title:
        parts.append(session.talk_title)
    if session.topics:
        parts.append(f"Topics: {', '.join(session.topics)}")
    if session.description:
        parts.append(session.description)
    return "\n\n".join(parts)


def _event(conf: ConferenceView, session: SessionView, stamp: datetime) -> Any:
    from icalendar import Event  # type: ignore[import-untyped]

    assert session.starts_at is not None
    assert session.ends_at is not None
    event = Event()
    event.add("uid", session_uid(conf, session))
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at.astimezone(conf.zone))
    event.add("dtend", session.ends_at.astimezone(conf.zone))
    event.add("summary", session.title)
    event.add("categories", [label_of(session.kind)])
    event.add("status", "TENTATIVE" if session.approximate else "CONFIRMED")
    if session.room:
        event.add("location", session.room)
    if session.url:
        event.add("url", session.url)
    description = _description(session)
    if description:
        event.add("description", description)
    return event


@dataclass(frozen=True)
class CalendarFile:
    """An .ics file and how many sessions it holds; `complete` is False when the sessions
    offered did not all fit."""

    data: bytes
    sessions: int
    complete: bool = True


class CalendarWriter:
    """An .ics file written a batch of sessions at a time, up to `limit` bytes (`stamp` is
    when it was made, DTSTAMP). Each event is written on its own and appended, so the file
    stops at the limit instead of being built whole and refused. Writing takes about a
    millisecond an event: a large programme is written in a thread, off the event loop."""

    def __init__(
        self, conf: ConferenceView, name: str, stamp: datetime, limit: int | None = None
    ) -> None:
        self.conf, self.name, self.stamp, self.limit = conf, name, stamp, limit
        self._parts: list[bytes] = []
        self._size = len(END)
        self._held = 0
        self._full = False

    @property
    def sessions(self) -> int:
        """How many sessions the file holds so far."""
        return self._held

    def add(self, sessions: Sequence[SessionView]) -> bool:
        """Append the timed sessions given, in order; False once the file is full."""
        for session in sessions:
            if self._full:
                break
            if session.starts_at is not None and session.ends_at is not None:
                self._append(session)
        return not self._full

    def _append(self, session: SessionView) -> None:
        part = self._head(session) if not self._parts else self._event(session)
        if self.limit is not None and self._parts and self._size + len(part) > self.limit:
            self._full = True
            return
        self._parts.append(part)
        self._size += len(part)
        self._held += 1

    def _event(self, session: SessionView) -> bytes:
        data: bytes = _event(self.conf, session, self.stamp).to_ical()
        return data

    def _head(self, session: SessionView | None) -> bytes:
        """The calendar's properties, the first event and the venue's VTIMEZONE."""
        from icalendar import Calendar

        calendar = Calendar()
        calendar.add("prodid", PRODUCT)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", self.name)
        calendar.add("x-wr-timezone", self.conf.timezone)
        if session is not None:
            calendar.add_component(_event(self.conf, session, self.stamp))
        calendar.add_missing_timezones()
        whole: bytes = calendar.to_ical()
        return whole.removesuffix(END)

    def finish(self) -> CalendarFile:
        parts = self._parts or [self._head(None)]
        return CalendarFile(b"".join([*parts, END]), self._held, not self._full)


def calendar_file(
    conf: ConferenceView,
    sessions: Sequence[SessionView],
    name: str,
    stamp: datetime,
    limit: int | None = None,
) -> CalendarFile:
    """An .ics file of the timed sessions given, in order, as many as fit in `limit` bytes."""
    writer = CalendarWriter(conf, name, stamp, limit)
    writer.add(sessions)
    return writer.finish()


def calendar_bytes(
    conf: ConferenceView, sessions: Sequence[SessionView], name: str, stamp: datetime
) -> bytes:
    """An .ics file of all the timed sessions given: an agenda, a few dozen of them."""
    return calendar_file(conf, sessions, name, stamp).data
