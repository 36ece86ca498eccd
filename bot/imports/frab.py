"""The frab event model (conference, days, rooms, events) that schedule.json and schedule.xml
share, turned into our import records.

Both formats carry the same fields under different syntax, so each parser only copies raw
text into `FrabSchedule` and every rule (slugs from guids, times from offsets, what is skipped
and why) lives here once: the JSON and the XML of one programme import the same sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from bot.domain.imported import (
    ConferenceData,
    Imported,
    RoomData,
    SessionData,
    Skipped,
    TopicData,
)
from bot.domain.records import Voice
from bot.domain.text import SLUG, slugify, words
from bot.imports.event_text import link, person, plain_text, shortened
from bot.imports.frab_values import (
    calendar_day,
    clock,
    date_time,
    duration,
    kind_of,
    language_code,
    told_apart,
    type_of,
)
from bot.imports.problems import DataError
from bot.imports.titles import acronyms_in, readable_title
from bot.imports.zones import zone_for

SESSION_SLUG_CHARS = 100
"""Room for a "-2" suffix inside the store's 120-character session slugs."""
ROOM_SLUG_CHARS = 64
CONFERENCE_SLUG_CHARS = 64
TITLE_CHARS = 300
NAME_CHARS = 200
LONGEST_EVENT = timedelta(days=31)
"""Longer than any real event: a longer one is a typo, and would fill every day's listing."""


@dataclass(frozen=True)
class FrabEvent:
    """One event as the file wrote it. `day` and `day_start` come from the schedule day that
    holds the event, for files whose events have a `start` clock time but no full `date`;
    `persons` are (name, role) pairs with the role as the file names it ("" when it names
    none)."""

    index: int
    guid: str | None = None
    id: str | None = None
    title: str | None = None
    subtitle: str | None = None
    type: str | None = None
    track: str | None = None
    room: str | None = None
    date: str | None = None
    day: str | None = None
    day_start: str | None = None
    start: str | None = None
    duration: str | None = None
    end: str | None = None
    abstract: str | None = None
    description: str | None = None
    persons: tuple[tuple[str, str], ...] = ()
    url: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    """(label, address) of each link the event lists; the label may be empty."""
    language: str | None = None


@dataclass(frozen=True)
class FrabSchedule:
    """A conference and its events; `rooms` and `tracks` are the names the conference lists
    (events may name others), `days` the dates of its schedule days."""

    acronym: str | None
    title: str | None
    start: str | None
    end: str | None
    time_zone_name: str | None
    website: str | None
    rooms: tuple[str, ...]
    tracks: tuple[str, ...]
    days: tuple[str, ...]
    events: tuple[FrabEvent, ...]


class _Skip(Exception):
    """An event that is left out, with the reason the operator reads."""


@dataclass(frozen=True)
class _Timed:
    """An event with a key and a time, ready to become a session."""

    event: FrabEvent
    base_slug: str
    starts_at: datetime
    ends_at: datetime


def _text(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _entry_name(event: FrabEvent) -> str:
    """How reports name an event: by its guid, else its id, else its place in the file."""
    return f"events[{_text(event.guid) or _text(event.id) or event.index}]"


def _local(moment: datetime, zone: tzinfo) -> datetime:
    """An aware time: the file's own offset when it wrote one, else the conference zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _start_from_day(
    day: str | None, start: str | None, day_start: str | None, zone: tzinfo
) -> datetime:
    """The schedule day's date at the event's clock time; a time before the day's start
    (a frab day runs past midnight) falls on the next calendar date."""
    if not start:
        raise _Skip("field 'date' is missing and so is field 'start'")
    on = calendar_day(day) if day else None
    if on is None:
        raise _Skip(f"field 'date' is missing and no day gives a date for start {start!r}")
    at = clock(start)
    if at is None:
        raise _Skip(f"field 'start': {start!r} is not a clock time such as 09:30")
    starts_at = datetime.combine(on, at, tzinfo=zone)
    opens = date_time(day_start) if day_start else None
    if opens is not None and starts_at < _local(opens, zone):
        starts_at += timedelta(days=1)
    return starts_at


def _starts_at(event: FrabEvent, zone: tzinfo) -> datetime:
    """From the event's own date-time and offset; a bare date or none at all takes the
    clock time in `start`."""
    if not _text(event.date):
        return _start_from_day(event.day, event.start, event.day_start, zone)
    moment = date_time(event.date or "")
    if moment is not None:
        return _local(moment, zone)
    if calendar_day(event.date or "") is None:
        raise _Skip(f"field 'date': {event.date!r} is not a date-time")
    return _start_from_day(event.date, event.start, None, zone)


def _checked_length(field: str, value: str, length: timedelta) -> timedelta:
    if length <= timedelta(0):
        raise _Skip(f"field '{field}': {value!r} is not longer than zero")
    if length > LONGEST_EVENT:
        raise _Skip(f"field '{field}': {value!r} is longer than {LONGEST_EVENT.days} days")
    return length


def _ends_at(event: FrabEvent, starts_at: datetime, zone: tzinfo) -> datetime:
    """The start plus the duration; the draft schema's `end` when there is no duration."""
    if event.duration and event.duration.strip():
        length = duration(event.duration)
        if length is None:
            raise _Skip(f"field 'duration': {event.duration!r} is not a duration such as 00:45")
        return starts_at + _checked_length("duration", event.duration, length)
    if event.end and event.end.strip():
        end = date_time(event.end)
        if end is None:
            raise _Skip(f"field 'end': {event.end!r} is not a date-time")
        return starts_at + _checked_length("end", event.end, _local(end, zone) - starts_at)
    raise _Skip("field 'duration' is missing")


def _offsets(events: tuple[FrabEvent, ...]) -> list[timedelta]:
    """The UTC offsets the events' own date-times carry, the best witness of the zone."""
    found = []
    for event in events:
        moment = date_time(event.date) if event.date else None
        offset = moment.utcoffset() if moment else None
        if offset is not None:
            found.append(offset)
    return found


def _slug_base(event: FrabEvent) -> str:
    """From the guid only (else the id), never the title: a retitled event stays the same."""
    key = _text(event.guid) or _text(event.id)
    if not words(key):
        raise _Skip("has neither a guid nor an id")
    return slugify(key)[:SESSION_SLUG_CHARS].strip("-")


def _timed(event: FrabEvent, zone: tzinfo) -> _Timed:
    if not _text(event.title):
        raise _Skip("field 'title' is missing")
    base = _slug_base(event)
    starts_at = _starts_at(event, zone)
    return _Timed(event, base, starts_at, _ends_at(event, starts_at, zone))


def _description(event: FrabEvent) -> str:
    abstract = plain_text(event.abstract or "")
    rest = plain_text(event.description or "")
    if rest.startswith(abstract):
        abstract = ""
    return shortened(" ".join(part for part in (abstract, rest) if part), 1500)


def _people(event: FrabEvent) -> tuple[tuple[str, str], ...]:
    found = (person(name, role) for name, role in event.persons)
    return tuple(dict.fromkeys(item for item in found if item is not None))


def _session(
    timed: _Timed,
    slug: str,
    acronyms: frozenset[str],
    rooms: dict[str, str],
    apart: frozenset[str] = frozenset(),
) -> SessionData:
    event = timed.event
    track = shortened(_text(event.track), NAME_CHARS)
    kind_said = shortened(type_of(event.type, apart) or "", NAME_CHARS)
    subtitle = _text(event.subtitle)
    page = link(event.url) or next(filter(None, (link(url) for _, url in event.links)), None)
    return SessionData(
        slug=slug,
        kind=kind_of(event.type, event.track, _text(event.title)).value,
        title=shortened(readable_title(_text(event.title), acronyms), TITLE_CHARS),
        starts_at=timed.starts_at,
        ends_at=timed.ends_at,
        timing="verified",
        room=rooms.get(_text(event.room)),
        topics=tuple(dict.fromkeys(topic for topic in (track, kind_said) if topic)),
        people=_people(event),
        talk_title=shortened(readable_title(subtitle, acronyms), TITLE_CHARS) or None,
        description=_description(event),
        url=page,
        links=_links(event, page),
        language=language_code(event.language),
    )


LINKS = 10
"""Links kept of one event: its slides and code come first in the files seen; a list of
dozens would not fit its card."""


def _links(event: FrabEvent, page: str | None) -> tuple[tuple[str, str], ...]:
    """The event's links beside its page, each with a label a reader can tell apart (the
    address's host where the file gives none), the page itself left out."""
    found = ((label, link(url)) for label, url in event.links)
    kept = {url: shortened(label, NAME_CHARS) or _host(url) for label, url in found if url}
    kept.pop(page or "", None)
    return tuple((label, url) for url, label in kept.items())[:LINKS]


def _host(url: str) -> str:
    return url.split("//", 1)[-1].split("/", 1)[0]


class _Keys:
    """Session slugs handed out so far. A guid seen again at another time is the same talk
    given twice ("-2", "-3"); seen again at the same time it is a copy, left out."""

    def __init__(self) -> None:
        self.starts: dict[str, list[datetime]] = {}
        self.used: set[str] = set()

    def slug_for(self, item: _Timed) -> str:
        seen = self.starts.setdefault(item.base_slug, [])
        if item.starts_at in seen:
            raise _Skip("repeats an earlier event with the same guid at the same time")
        seen.append(item.starts_at)
        copy = len(seen)
        slug = item.base_slug if copy == 1 else f"{item.base_slug}-{copy}"
        while slug in self.used:
            copy += 1
            slug = f"{item.base_slug}-{copy}"
        self.used.add(slug)
        return slug


def _keyed_events(
    events: tuple[FrabEvent, ...], zone: tzinfo
) -> tuple[list[tuple[_Timed, str]], list[Skipped]]:
    """The events that become sessions, with their slugs, and the rest with the reason, both
    in file order."""
    keys = _Keys()
    kept: list[tuple[_Timed, str]] = []
    skipped: list[Skipped] = []
    for event in events:
        try:
            timed = _timed(event, zone)
            kept.append((timed, keys.slug_for(timed)))
        except _Skip as why:
            skipped.append(Skipped(_entry_name(event), str(why)))
    return kept, skipped


def _rooms(schedule: FrabSchedule) -> tuple[tuple[RoomData, ...], dict[str, str]]:
    """The listed rooms and any room an event names, by slug; names that slug alike share
    one room."""
    names = [*schedule.rooms, *(event.room or "" for event in schedule.events)]
    rooms: dict[str, RoomData] = {}
    by_name: dict[str, str] = {}
    for raw in names:
        name = shortened(_text(raw), NAME_CHARS)
        if not words(name):
            continue
        slug = slugify(name)[:ROOM_SLUG_CHARS].strip("-")
        rooms.setdefault(slug, RoomData(slug=slug, name=name))
        by_name[_text(raw)] = slug
    return tuple(rooms.values()), by_name


def _one_spelling(sessions: list[SessionData]) -> list[SessionData]:
    """Each topic under the first spelling met, where a schedule writes it several ways
    ("DJ Set" and "djset"): one topic, so asking for the DJ sets finds them all."""
    first: dict[str, str] = {}
    for session in sessions:
        for topic in session.topics:
            first.setdefault("".join(words(topic)), topic)
    return [
        replace(
            session, topics=tuple(dict.fromkeys(first["".join(words(t))] for t in session.topics))
        )
        for session in sessions
    ]


def _topics(schedule: FrabSchedule, sessions: list[SessionData]) -> tuple[TopicData, ...]:
    names = [shortened(_text(name), NAME_CHARS) for name in schedule.tracks]
    names += [topic for session in sessions for topic in session.topics]
    return tuple(TopicData(name) for name in dict.fromkeys(name for name in names if name))


def _declared_day(source: str, field: str, value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    found = calendar_day(value)
    if found is None:
        raise DataError(source, "conference", field, f"{value!r} is not a date")
    return found


def _schedule_days(days: tuple[str, ...]) -> tuple[list[date], list[Skipped]]:
    found: list[date] = []
    skipped: list[Skipped] = []
    for index, value in enumerate(days):
        day = calendar_day(value)
        if day is None:
            skipped.append(Skipped(f"days[{index}]", f"field 'date': {value!r} is not a date"))
        else:
            found.append(day)
    return found, skipped


def _date_range(
    source: str,
    declared: tuple[date | None, date | None],
    days: list[date],
    sessions: list[SessionData],
) -> tuple[date, date]:
    """The declared dates, else the schedule days, else the days the sessions run on."""
    start, end = declared
    held = days or [item.starts_at.date() for item in sessions if item.starts_at]
    first = start or min(held)
    last = end or max([*held, first])
    if last < first:
        raise DataError(source, "conference", "end", f"{last} is before the start, {first}")
    return first, last


def _conference_slug(source: str, schedule: FrabSchedule, slug: str | None) -> str:
    if slug is not None:
        if not SLUG.match(slug) or len(slug) > CONFERENCE_SLUG_CHARS:
            raise DataError(source, "conference", "slug", f"{slug!r} is not a short slug")
        return slug
    named = _text(schedule.acronym) or _text(schedule.title)
    return slugify(named)[:CONFERENCE_SLUG_CHARS].strip("-")


def _sessions(
    source: str, schedule: FrabSchedule, zone: tzinfo, rooms: dict[str, str]
) -> tuple[list[SessionData], list[Skipped]]:
    kept, skipped = _keyed_events(schedule.events, zone)
    if not kept:
        first = skipped[0]
        problem = f"has no usable events ({first.entry} {first.reason})"
        raise DataError(source, "schedule", "events", problem)
    acronyms = acronyms_in(_text(event.title) for event in schedule.events)
    apart = told_apart(event.type for event in schedule.events)  # 'lecture' beside 'Talk'
    return [_session(item, slug, acronyms, rooms, apart) for item, slug in kept], skipped


def to_imported(schedule: FrabSchedule, source: str, slug: str | None = None) -> Imported:
    """The conference a frab schedule describes, and the events it had to leave out."""
    name = shortened(_text(schedule.acronym) or _text(schedule.title), NAME_CHARS)
    if not words(name):
        raise DataError(source, "conference", "title", "is missing (and so is the acronym)")
    conference_slug = _conference_slug(source, schedule, slug)
    declared = (
        _declared_day(source, "start", schedule.start),
        _declared_day(source, "end", schedule.end),
    )
    if not schedule.events:
        raise DataError(source, "schedule", "events", "has no events")
    zone_name = zone_for(schedule.time_zone_name, _offsets(schedule.events))
    days, skipped_days = _schedule_days(schedule.days)
    rooms, room_slugs = _rooms(schedule)
    sessions, skipped = _sessions(source, schedule, ZoneInfo(zone_name), room_slugs)
    sessions = _one_spelling(sessions)
    first_day, last_day = _date_range(source, declared, days, sessions)
    return Imported(
        ConferenceData(
            slug=conference_slug,
            name=name,
            full_name=shortened(_text(schedule.title) or name, TITLE_CHARS),
            edition=None,
            start_date=first_day,
            end_date=last_day,
            city="",
            venue="",
            timezone=zone_name,
            website=link(schedule.website),
            description="",
            details={"descriptions": Voice.ORGANISERS.value},
            rooms=rooms,
            topics=_topics(schedule, sessions),
            sessions=tuple(sessions),
            papers=(),
            source=source,
        ),
        (*skipped_days, *skipped),
    )
