"""Reads an iCalendar (.ics) feed, the one export every scheduling tool offers, into a conference.

A calendar knows only events, so the conference around them is inferred: its name from the
calendar's, its days from the events', its zone from the calendar's own. Rooms come from
LOCATION and kinds from CATEGORIES. Attendee and organiser addresses are never read: a feed
is often exported from someone's own calendar, and those are personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, tzinfo
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar  # type: ignore[import-untyped]

from bot.domain.imported import ConferenceData, Imported, RoomData, SessionData, TopicData
from bot.domain.kinds import Kind
from bot.domain.records import Voice
from bot.domain.text import SLUG, slugify, unique_slug
from bot.imports.event_text import link, person, plain_text, shortened, without_emails
from bot.imports.ical_events import Occurrence, occurrences
from bot.imports.problems import DataError
from bot.imports.titles import acronyms_in, readable_title

MAX_TITLE = 250
MAX_DESCRIPTION = 1500
MAX_NAME = 200
MAX_CONFERENCE_SLUG = 64
_KIND_WORDS: dict[str, Kind] = {
    **{kind.value: kind for kind in Kind},
    "keynotes": Kind.KEYNOTE,
    "invited-talk": Kind.KEYNOTE,
    "workshops": Kind.WORKSHOP,
    "tutorial": Kind.WORKSHOP,
    "posters": Kind.POSTER,
    "poster-session": Kind.POSTER,
    "breaks": Kind.BREAK,
    "coffee-break": Kind.BREAK,
    "lunch": Kind.MEAL,
    "lunch-break": Kind.MEAL,
    "breakfast": Kind.MEAL,
    "dinner": Kind.MEAL,
    "meals": Kind.MEAL,
    "reception": Kind.SOCIAL,
    "socials": Kind.SOCIAL,
    "opening-remarks": Kind.OPENING,
    "closing-remarks": Kind.CLOSING,
    "panel": Kind.DEBATE,
    "panels": Kind.DEBATE,
    "panel-discussion": Kind.DEBATE,
    "debates": Kind.DEBATE,
    "talks": Kind.TALK,
    "orals": Kind.ORAL,
}
"""Categories that say what a session is (as slugs); every other category is a topic."""


def _calendars(text: str, source: str) -> list[Any]:
    try:
        components = Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise DataError(source, "file", "*", f"is not iCalendar ({exc})") from exc
    calendars = [item for item in components if item.name == "VCALENDAR"]
    if not calendars:
        raise DataError(source, "file", "VCALENDAR", "is not iCalendar (no BEGIN:VCALENDAR)")
    return calendars


def _iana(name: str) -> ZoneInfo | None:
    cleaned = name.strip().strip("/")
    if not cleaned:
        return None
    try:
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _zone_names(calendars: list[Any], events: list[Any]) -> Iterable[str]:
    """Where a calendar states its zone, most explicit first."""
    for calendar in calendars:
        yield str(calendar.get("X-WR-TIMEZONE", ""))
    for calendar in calendars:
        for timezone in calendar.walk("VTIMEZONE"):
            yield str(timezone.get("TZID", ""))
    for event in events:
        value = event.get("DTSTART")
        if value is not None:
            yield str(value.params.get("TZID", ""))


def _conference_zone(calendars: list[Any], events: list[Any]) -> ZoneInfo:
    for name in _zone_names(calendars, events):
        zone = _iana(name)
        if zone is not None:
            return zone
    return ZoneInfo("UTC")


def _floating_zone(calendars: list[Any]) -> tzinfo:
    """The zone of times written without one: the calendar's own, else UTC."""
    return _iana(str(calendars[0].get("X-WR-TIMEZONE", ""))) or UTC


def _stem(source: str) -> str:
    path = urlparse(source).path if "://" in source else source.replace("\\", "/")
    return PurePosixPath(path).stem.strip()


def _conference_slug(slug: str | None, name: str, source: str) -> str:
    if slug is None:
        return slugify(name)[:MAX_CONFERENCE_SLUG].strip("-") or "calendar"
    if not SLUG.match(slug) or len(slug) > MAX_CONFERENCE_SLUG:
        raise DataError(source, "conference", "slug", f"{slug!r} is not a slug (a-z, 0-9, -)")
    return slug


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _kind_and_topics(occurrence: Occurrence) -> tuple[Kind, tuple[str, ...]]:
    """The first category that names a kind gives the kind; the rest are topics."""
    kind: Kind | None = None
    topics: list[str] = []
    for value in occurrence.all("CATEGORIES"):
        for category in getattr(value, "cats", [value]):
            name = shortened(_one_line(str(category)), MAX_NAME)
            if not name:
                continue
            found = _KIND_WORDS.get(slugify(name))
            if found is None:
                topics.append(name)
            elif kind is None:
                kind = found
    return kind or Kind.TALK, tuple(dict.fromkeys(topics))


def _people(occurrence: Occurrence) -> tuple[tuple[str, str], ...]:
    """Attendees by the name they gave (CN), never by address; a chair keeps the role."""
    people: list[tuple[str, str]] = []
    for attendee in occurrence.all("ATTENDEE"):
        params = getattr(attendee, "params", {})
        role = "chair" if str(params.get("ROLE", "")).upper() == "CHAIR" else "speaker"
        found = person(str(params.get("CN", "")), role)
        if found is not None:
            people.append(found)
    return tuple(dict.fromkeys(people))


def _room(occurrence: Occurrence, rooms: dict[str, RoomData]) -> str | None:
    name = shortened(_one_line(without_emails(occurrence.text("LOCATION"))), MAX_NAME)
    if not name:
        return None
    slug = slugify(name)[:MAX_CONFERENCE_SLUG].strip("-")
    rooms.setdefault(slug, RoomData(slug=slug, name=name))
    return slug


class _Topics:
    """Topic names as first written: "Robotics" and "robotics" are one topic."""

    def __init__(self) -> None:
        self.by_slug: dict[str, str] = {}

    def named(self, names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.by_slug.setdefault(slugify(name), name) for name in names))

    def all(self) -> tuple[TopicData, ...]:
        return tuple(TopicData(name) for name in self.by_slug.values())


def _sessions(
    found: list[Occurrence], rooms: dict[str, RoomData], topics: _Topics
) -> tuple[SessionData, ...]:
    summaries = [_one_line(without_emails(occurrence.text("SUMMARY"))) for occurrence in found]
    acronyms = acronyms_in(summaries)
    taken: set[str] = set()
    sessions = []
    for occurrence, summary in zip(found, summaries, strict=True):
        kind, names = _kind_and_topics(occurrence)
        sessions.append(
            SessionData(
                slug=unique_slug(occurrence.slug, taken),
                kind=kind.value,
                title=shortened(readable_title(summary, acronyms), MAX_TITLE),
                starts_at=occurrence.start,
                ends_at=occurrence.end,
                timing="verified",
                room=_room(occurrence, rooms),
                topics=topics.named(names),
                people=_people(occurrence),
                description=shortened(plain_text(occurrence.text("DESCRIPTION")), MAX_DESCRIPTION),
                url=link(occurrence.text("URL")),
            )
        )
    return tuple(sessions)


def parse_ical(text: str, source: str, slug: str | None = None) -> Imported:
    """A conference from an iCalendar file; `source` names it in errors and in the result,
    `slug` is the key the operator chose (else one made from the calendar's name).

    Events that cannot be sessions (all-day, cancelled, without a start or a title, repeating
    by a rule too involved to expand) are left out and listed in `skipped`; a file that is not
    a calendar, or has no timed event at all, raises DataError.
    """
    calendars = _calendars(text, source)
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if not events:
        raise DataError(source, "calendar", "VEVENT", "has no events")
    found, skipped = occurrences(events, _floating_zone(calendars))
    if not found:
        raise DataError(
            source, "calendar", "VEVENT", f"has no timed event to import ({len(skipped)} left out)"
        )
    zone = _conference_zone(calendars, events)
    rooms: dict[str, RoomData] = {}
    topics = _Topics()
    sessions = _sessions(found, rooms, topics)
    name = shortened(_one_line(str(calendars[0].get("X-WR-CALNAME", ""))), MAX_NAME)
    name = name or _stem(source) or "Calendar"
    days = [occurrence.start.astimezone(zone).date() for occurrence in found]
    conference = ConferenceData(
        slug=_conference_slug(slug, name, source),
        name=name,
        full_name=name,
        edition=None,
        start_date=min(days),
        end_date=max(days),
        city="",
        venue="",
        timezone=zone.key,
        website=None,
        description=shortened(plain_text(str(calendars[0].get("X-WR-CALDESC", ""))), 2000),
        details={"descriptions": Voice.ORGANISERS.value},
        rooms=tuple(rooms.values()),
        topics=topics.all(),
        sessions=sessions,
        papers=(),
        source=source,
    )
    return Imported(conference, tuple(skipped))
