"""Reads our own conference format (TOML) into checked, typed records.

A mistake in data/ must never half-load: every problem is reported with the file, the entry and
the field, before the database is touched.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli

from bot.domain.imported import (
    ConferenceData,
    PaperData,
    RoomData,
    SessionData,
    TopicData,
)
from bot.domain.kinds import Kind, PaperKind
from bot.domain.text import SLUG
from bot.imports.problems import DataError

SESSION_KINDS = tuple(Kind)
TIMINGS = ("verified", "approximate", "tentative", "unknown")
"""tentative: the session has a slot in the file, but neither its day nor its time is confirmed."""
PAPER_KINDS = tuple(PaperKind)
PLACEMENTS = ("verified", "approximate", "unknown")
PERSON_ROLES = ("speaker", "moderator", "panelist", "host", "chair")


class _Entry:
    """Typed access to one table of the file, raising DataError that names where it failed."""

    def __init__(self, path: str, name: str, table: Any) -> None:
        self.path = path
        self.name = name
        if not isinstance(table, dict):
            raise DataError(path, name, "*", "expected a table")
        self.table: dict[str, Any] = table

    def fail(self, field: str, problem: str) -> DataError:
        return DataError(self.path, self.name, field, problem)

    def text(self, field: str, *, required: bool = True, max_len: int = 4000) -> str | None:
        value = self.table.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "must be a non-empty string")
        if len(value) > max_len:
            raise self.fail(field, f"is longer than {max_len} characters")
        return value.strip()

    def req_text(self, field: str, max_len: int = 4000) -> str:
        value = self.text(field, max_len=max_len)
        assert value is not None
        return value

    def url(self, field: str) -> str | None:
        """An optional web address: absolute, http(s), no spaces."""
        value = self.text(field, required=False, max_len=500)
        if value is not None and (
            not value.startswith(("http://", "https://")) or any(c.isspace() for c in value)
        ):
            raise self.fail(field, f"{value!r} must be an http(s) address without spaces")
        return value

    def slug(self, field: str = "slug") -> str:
        value = self.req_text(field, max_len=120)
        if not SLUG.match(value):
            raise self.fail(field, f"{value!r} must be lowercase letters, digits and dashes")
        return value

    def choice(self, field: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.table.get(field, default)
        if value not in allowed:
            raise self.fail(field, f"{value!r} is not one of {', '.join(allowed)}")
        assert isinstance(value, str)
        return value

    def strings(self, field: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is missing")
            return ()
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            raise self.fail(field, "must be a list of non-empty strings")
        if required and not value:
            raise self.fail(field, "must not be empty")
        return tuple(item.strip() for item in value)

    def day(self, field: str, *, required: bool = True) -> date | None:
        value = self.table.get(field)
        if value is None and not required:
            return None
        if not isinstance(value, date) or isinstance(value, datetime):
            raise self.fail(field, "must be a date such as 2019-05-06")
        return value

    def local_time(self, field: str) -> datetime | None:
        value = self.table.get(field)
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is not None:
            raise self.fail(field, "must be a local date-time such as 2019-05-07T09:00:00")
        return value


def _read_toml(text: str, path: str) -> dict[str, Any]:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        raise DataError(path, "file", "*", f"is not valid TOML ({exc})") from exc


def _to_utc(entry: _Entry, field: str, local: datetime | None, zone: ZoneInfo) -> datetime | None:
    if local is None:
        return None
    aware = local.replace(tzinfo=zone)
    if aware.utcoffset() != local.replace(tzinfo=zone, fold=1).utcoffset():
        raise entry.fail(field, f"{local} is ambiguous in {zone.key} (a clock change)")
    return aware


def _conference(path: str, raw: dict[str, Any]) -> tuple[_Entry, ZoneInfo]:
    entry = _Entry(path, "conference", raw.get("conference"))
    tz_name = entry.req_text("timezone", max_len=64)
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise entry.fail("timezone", f"{tz_name!r} is not an IANA time zone") from exc
    return entry, zone


def _details(entry: _Entry) -> dict[str, Any]:
    details: dict[str, Any] = {}
    for key, fields in (("figures", ("label", "value")), ("links", ("label", "url"))):
        items = entry.table.get(key, [])
        if not isinstance(items, list):
            raise entry.fail(key, "must be a list of tables")
        checked = []
        for index, item in enumerate(items):
            sub = _Entry(entry.path, f"conference.{key}[{index}]", item)
            checked.append({name: sub.req_text(name, max_len=500) for name in fields})
        details[key] = checked
    nxt = entry.table.get("next_edition")
    if nxt is not None:
        sub = _Entry(entry.path, "conference.next_edition", nxt)
        details["next_edition"] = {
            name: sub.req_text(name, max_len=1000) for name in ("announcement", "outcome")
        }
    notes = entry.table.get("day_notes", [])
    if not isinstance(notes, list):
        raise entry.fail("day_notes", "must be a list of tables")
    details["day_notes"] = []
    for index, item in enumerate(notes):
        sub = _Entry(entry.path, f"conference.day_notes[{index}]", item)
        day = sub.day("day")
        assert day is not None  # required
        details["day_notes"].append({"day": day.isoformat(), "note": sub.req_text("note", 300)})
    examples = entry.table.get("examples")
    if examples is not None:
        sub = _Entry(entry.path, "conference.examples", examples)
        found: dict[str, Any] = {"chat": list(sub.strings("chat"))}
        for name in ("paper", "topic", "session", "day"):
            value = sub.text(name, required=False, max_len=100)
            if value:
                found[name] = value
        details["examples"] = found
    return details


def _rooms(path: str, raw: dict[str, Any]) -> tuple[RoomData, ...]:
    rooms = []
    for index, item in enumerate(raw.get("rooms", [])):
        entry = _Entry(path, f"rooms[{index}]", item)
        rooms.append(
            RoomData(
                slug=entry.slug(),
                name=entry.req_text("name", 200),
                purpose=entry.text("purpose", required=False) or "",
            )
        )
    return tuple(rooms)


def _topics(path: str, raw: dict[str, Any]) -> tuple[TopicData, ...]:
    topics = []
    for index, item in enumerate(raw.get("topics", [])):
        entry = _Entry(path, f"topics[{index}]", item)
        topics.append(TopicData(entry.req_text("name", 200), entry.strings("aliases")))
    return tuple(topics)


def _people(entry: _Entry) -> tuple[tuple[str, str], ...]:
    value = entry.table.get("people", [])
    if not isinstance(value, list):
        raise entry.fail("people", "must be a list of {name, role} tables")
    people = []
    for index, item in enumerate(value):
        person = _Entry(entry.path, f"{entry.name}.people[{index}]", item)
        people.append((person.req_text("name", 200), person.choice("role", PERSON_ROLES)))
    return tuple(people)


def _session(entry: _Entry, zone: ZoneInfo, first: date, last: date) -> SessionData:
    start = _to_utc(entry, "start", entry.local_time("start"), zone)
    end = _to_utc(entry, "end", entry.local_time("end"), zone)
    timing = entry.choice("timing", TIMINGS)
    if (start is None) != (end is None):
        raise entry.fail("end" if end is None else "start", "give both start and end, or neither")
    if start is None and timing != "unknown":
        raise entry.fail("timing", "must be 'unknown' when start and end are omitted")
    if start is not None and timing == "unknown":
        raise entry.fail("timing", "'unknown' is only for sessions without start and end")
    if start is not None and end is not None:
        if end <= start:
            raise entry.fail("end", "must be after start")
        local_day = start.astimezone(zone).date()
        if not first <= local_day <= last:
            raise entry.fail("start", f"{local_day} is outside the conference ({first}..{last})")
    return SessionData(
        slug=entry.slug(),
        kind=entry.choice("kind", SESSION_KINDS),
        title=entry.req_text("title", 250),
        starts_at=start,
        ends_at=end,
        timing=timing,
        room=entry.text("room", required=False, max_len=64),
        topics=entry.strings("topics"),
        people=_people(entry),
        talk_title=entry.text("talk_title", required=False, max_len=250),
        description=entry.text("description", required=False, max_len=1500) or "",
        url=entry.text("url", required=False, max_len=500),
    )


def _paper(entry: _Entry, zone: ZoneInfo) -> PaperData:
    start = _to_utc(entry, "start", entry.local_time("start"), zone)
    end = _to_utc(entry, "end", entry.local_time("end"), zone)
    if (start is None) != (end is None):
        raise entry.fail("end" if end is None else "start", "give both start and end, or neither")
    if start is not None and end is not None and end <= start:
        raise entry.fail("end", "must be after start")
    return PaperData(
        slug=entry.slug(),
        title=entry.req_text("title", 300),
        authors=entry.strings("authors", required=True),
        openreview_id=entry.text("openreview_id", required=False, max_len=64),
        arxiv_id=entry.text("arxiv_id", required=False, max_len=32),
        kind=entry.choice("kind", PAPER_KINDS),
        award=entry.text("award", required=False, max_len=200),
        aliases=entry.strings("aliases"),
        topics=entry.strings("topics"),
        sessions=entry.strings("sessions"),
        day=entry.day("day", required=False),
        placement=entry.choice("placement", PLACEMENTS),
        poster_board=entry.text("poster_board", required=False, max_len=100),
        code_url=entry.text("code_url", required=False, max_len=500),
        summary=entry.req_text("summary", 1500),
        summary_source=entry.url("summary_source"),
        starts_at=start,
        ends_at=end,
    )


def _check_own_slot(
    entry: str, paper: PaperData, sessions: dict[str, SessionData], path: str
) -> None:
    """A paper's own slot is a part of one of its sessions: a time outside them is a typo."""
    if paper.starts_at is None or paper.ends_at is None:
        return
    for ref in paper.sessions:
        session = sessions[ref]
        if session.starts_at is None or session.ends_at is None:
            continue
        if session.starts_at <= paper.starts_at and paper.ends_at <= session.ends_at:
            return
    raise DataError(path, entry, "start", "is not inside any of the paper's sessions")


class ConferenceFile(NamedTuple):
    """A conference file of ours and the files beside it that it names."""

    conference: ConferenceData
    paper_list: str | None
    """`paper_list` in [conference]: every accepted paper, in papercopilot's format."""
    paper_summaries: str | None
    """`paper_summaries` in [conference]: summaries of list papers, by OpenReview id."""


def _beside(raw: dict[str, Any], path: str, field: str) -> str | None:
    """A file the conference file names in [conference]: one beside it, so the name may not
    lead into another folder."""
    conf = _Entry(path, "conference", raw.get("conference"))
    name = conf.text(field, required=False, max_len=200)
    if name is not None and (name != Path(name).name or name in (".", "..")):
        raise conf.fail(field, f"{name!r} must be a file name next to {path}")
    return name


def _unique(path: str, kind: str, slugs: list[str]) -> None:
    seen: set[str] = set()
    for index, slug in enumerate(slugs):
        if slug in seen:
            raise DataError(path, f"{kind}[{index}] ({slug})", "slug", "is used twice")
        seen.add(slug)


def _entries(path: str, raw: dict[str, Any], key: str) -> list[_Entry]:
    items = raw.get(key, [])
    if not isinstance(items, list):
        raise DataError(path, key, "*", "must be an array of tables ([[...]])")
    entries = []
    for index, item in enumerate(items):
        entry = _Entry(path, f"{key}[{index}]", item)
        slug = item.get("slug")
        if isinstance(slug, str):
            entry.name = f"{key}[{index}] ({slug})"
        entries.append(entry)
    return entries


def read_conference(text: str, path: str) -> ConferenceFile:
    """The conference of a file in our format and the files it names, from one parse of the
    text (at 100,000 papers a parse takes seconds)."""
    raw = _read_toml(text, path)
    return ConferenceFile(
        _checked(raw, path),
        _beside(raw, path, "paper_list"),
        _beside(raw, path, "paper_summaries"),
    )


def parse_toml(text: str, path: str) -> ConferenceData:
    """Parse and check one conference in our format; `path` names it in errors. Raises
    DataError on the first problem: our own files are written by hand and must be right."""
    return _checked(_read_toml(text, path), path)


def _checked(raw: dict[str, Any], path: str) -> ConferenceData:
    conf, zone = _conference(path, raw)
    first = conf.day("start_date")
    last = conf.day("end_date")
    assert first is not None
    assert last is not None
    if last < first:
        raise conf.fail("end_date", "is before start_date")
    rooms = _rooms(path, raw)
    _unique(path, "rooms", [room.slug for room in rooms])
    sessions = tuple(
        _session(entry, zone, first, last) for entry in _entries(path, raw, "sessions")
    )
    _unique(path, "sessions", [session.slug for session in sessions])
    papers = tuple(_paper(entry, zone) for entry in _entries(path, raw, "papers"))
    _unique(path, "papers", [paper.slug for paper in papers])
    room_slugs = {room.slug for room in rooms}
    for index, session in enumerate(sessions):
        if session.room is not None and session.room not in room_slugs:
            raise DataError(
                path, f"sessions[{index}] ({session.slug})", "room", f"no room {session.room!r}"
            )
    by_slug = {session.slug: session for session in sessions}
    for index, paper in enumerate(papers):
        for ref in paper.sessions:
            if ref not in by_slug:
                raise DataError(
                    path, f"papers[{index}] ({paper.slug})", "sessions", f"no session {ref!r}"
                )
        _check_own_slot(f"papers[{index}] ({paper.slug})", paper, by_slug, path)
    edition = conf.table.get("edition")
    if edition is not None and (not isinstance(edition, int) or edition < 1):
        raise conf.fail("edition", "must be a positive whole number")
    return ConferenceData(
        slug=conf.slug(),
        name=conf.req_text("name", 200),
        full_name=conf.text("full_name", required=False, max_len=300) or conf.req_text("name"),
        edition=edition,
        start_date=first,
        end_date=last,
        city=conf.req_text("city", 200),
        venue=conf.req_text("venue", 200),
        timezone=zone.key,
        website=conf.text("website", required=False, max_len=500),
        description=conf.text("description", required=False, max_len=2000) or "",
        details=_details(conf),
        rooms=rooms,
        topics=_topics(path, raw),
        sessions=sessions,
        papers=papers,
    )
