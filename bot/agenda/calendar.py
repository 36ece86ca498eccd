"""Sessions as an iCalendar file (RFC 5545), for any calendar app.

Each session keeps one UID across exports (its slug and the conference's), so importing a
newer file updates the events instead of adding copies. Times are written in the venue's zone
with its VTIMEZONE, which is how a calendar shows the printed programme's clock and still
places each event at the right instant anywhere. Times no schedule confirms are TENTATIVE and
say so in the description. The iCalendar library loads with the first file, not at start-up.
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
    """An .ics file and how many sessions it holds: fewer than asked when they did not fit."""

    data: bytes
    sessions: int


def calendar_file(
    conf: ConferenceView,
    sessions: Sequence[SessionView],
    name: str,
    stamp: datetime,
    limit: int | None = None,
) -> CalendarFile:
    """An .ics file of the timed sessions given, in order, as many as fit in `limit` bytes;
    `stamp` is when it was made (DTSTAMP). Each event is written on its own and appended, so
    the file stops at the limit instead of being built whole and refused; writing takes about
    a millisecond an event, so a large programme is written in a thread, off the event loop."""
    from icalendar import Calendar

    timed = [s for s in sessions if s.starts_at is not None and s.ends_at is not None]
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", conf.timezone)
    if timed:
        calendar.add_component(_event(conf, timed[0], stamp))
    calendar.add_missing_timezones()
    whole: bytes = calendar.to_ical()
    parts, size = [whole.removesuffix(END)], len(whole)
    for session in timed[1:]:
        event: bytes = _event(conf, session, stamp).to_ical()
        if limit is not None and size + len(event) > limit:
            break
        parts.append(event)
        size += len(event)
    return CalendarFile(b"".join([*parts, END]), len(parts) if timed else 0)


def calendar_bytes(
    conf: ConferenceView, sessions: Sequence[SessionView], name: str, stamp: datetime
) -> bytes:
    """An .ics file of all the timed sessions given: an agenda, a few dozen of them."""
    return calendar_file(conf, sessions, name, stamp).data
