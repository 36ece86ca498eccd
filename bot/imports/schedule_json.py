"""Reads the c3voc `schedule.json` that pretalx and frab export, and its flat draft successor.

The classic shape nests events under days and rooms (`schedule.conference.days[].rooms`); the
draft schema2 lists them flat (`events`), names rooms and tracks by reference and writes
event times as full date-times. Both become the same `FrabSchedule`, so the mapping rules in
bot.imports.frab apply to either.
"""

from __future__ import annotations

import json
from typing import Any

from bot.domain.imported import Imported
from bot.imports.frab import FrabEvent, FrabSchedule, to_imported
from bot.imports.problems import DataError

PREFERRED_LANGUAGE = "en"
"""Which text a translated field ({"en": ..., "de": ...}) gives, when it has it."""


def _string(value: Any) -> str | None:
    """A scalar as text; a translated field in the preferred language; None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dict):
        chosen = value.get(PREFERRED_LANGUAGE, next(iter(value.values()), None))
        return chosen if isinstance(chosen, str) else None
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _read(text: str, source: str) -> dict[str, Any]:
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise DataError(source, "file", "*", f"is not JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise DataError(source, "file", "*", "is not a JSON object")
    return raw


def _named(items: list[Any]) -> tuple[list[str], dict[str, str]]:
    """Names of listed rooms or tracks, and the name each slug or guid refers to."""
    names: list[str] = []
    refs: dict[str, str] = {}
    for item in items:
        name = _string(item.get("name")) if isinstance(item, dict) else _string(item)
        if not name:
            continue
        names.append(name)
        if isinstance(item, dict):
            for key in ("slug", "guid"):
                ref = _string(item.get(key))
                if ref:
                    refs.setdefault(ref, name)
    return names, refs


def _reference(value: Any, refs: dict[str, str]) -> str | None:
    """A room or track given by name, or by an object naming it or its slug or guid."""
    if not isinstance(value, dict):
        return _string(value)
    name = _string(value.get("name"))
    if name:
        return name
    for key in ("slug", "guid"):
        ref = _string(value.get(key))
        if ref:
            return refs.get(ref, ref)
    return None


def _persons(event: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    found = []
    for item in [*_list(event.get("persons")), *_list(event.get("participants"))]:
        if isinstance(item, dict):
            keys = ("name", "public_name", "full_public_name")
            name = next((text for key in keys if (text := _string(item.get(key)))), None)
            role = _string(item.get("role")) or ""
        else:
            name, role = _string(item), ""
        if name:
            found.append((name, role))
    return tuple(found)


def _links(event: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    found = []
    for item in _list(event.get("links")):
        url = _string(item.get("url")) if isinstance(item, dict) else _string(item)
        label = (_string(item.get("title")) if isinstance(item, dict) else None) or ""
        if url:
            found.append((label, url))
    return tuple(found)


class _Reader:
    """Turns one file's events into `FrabEvent`s, numbering them in file order."""

    def __init__(self, rooms: dict[str, str], tracks: dict[str, str]) -> None:
        self.rooms = rooms
        self.tracks = tracks
        self.events: list[FrabEvent] = []

    def event(self, raw: Any, day: dict[str, Any], room: str | None) -> None:
        index = len(self.events)
        if not isinstance(raw, dict):
            self.events.append(FrabEvent(index))
            return
        date, start = _string(raw.get("date")), _string(raw.get("start"))
        if date is None and start is not None and "T" in start:
            date, start = start, None
        self.events.append(
            FrabEvent(
                index=index,
                guid=_string(raw.get("guid")),
                id=_string(raw.get("id")) or _string(raw.get("code")),
                title=_string(raw.get("title")),
                subtitle=_string(raw.get("subtitle")),
                type=_string(raw.get("type")),
                track=_reference(raw.get("track"), self.tracks),
                room=_reference(raw.get("room"), self.rooms) or room,
                date=date,
                day=_string(day.get("date")),
                day_start=_string(day.get("day_start")) or _string(day.get("start")),
                start=start,
                duration=_string(raw.get("duration")),
                end=_string(raw.get("end")),
                abstract=_string(raw.get("abstract")),
                description=_string(raw.get("description")),
                persons=_persons(raw),
                url=_string(raw.get("url")),
                links=_links(raw),
                language=_string(raw.get("language")),
            )
        )

    def days(self, days: list[Any]) -> None:
        for day in days:
            if not isinstance(day, dict) or not isinstance(day.get("rooms"), dict):
                continue
            for room, events in day["rooms"].items():
                for raw in _list(events):
                    self.event(raw, day, _string(room))


def _conference(raw: dict[str, Any], source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The object that holds the schedule, and its conference."""
    schedule = raw.get("schedule", raw)
    if not isinstance(schedule, dict):
        raise DataError(source, "schedule", "*", "is not an object")
    conference = schedule.get("conference")
    if isinstance(conference, dict):
        return schedule, conference
    if conference is None and ("acronym" in schedule or "title" in schedule):
        return schedule, schedule
    raise DataError(source, "schedule", "conference", "is missing")


def _day_dates(days: list[Any]) -> tuple[str, ...]:
    return tuple(
        _string(day.get("date")) or "" for day in days if isinstance(day, dict) and "date" in day
    )


def parse_schedule_json(text: str, source: str, slug: str | None = None) -> Imported:
    """A conference from a schedule.json (classic or flat draft); `source` names the file in
    errors and in the result, `slug` overrides the one taken from the acronym."""
    schedule, conference = _conference(_read(text, source), source)
    room_names, room_refs = _named(_list(conference.get("rooms")))
    track_names, track_refs = _named(_list(conference.get("tracks")))
    days = _list(conference.get("days"))
    reader = _Reader(room_refs, track_refs)
    flat = schedule.get("events")
    if isinstance(flat, list):
        for raw in flat:
            reader.event(raw, {}, None)
    else:
        reader.days(days)
    parsed = FrabSchedule(
        acronym=_string(conference.get("acronym")),
        title=_string(conference.get("title")),
        start=_string(conference.get("start")),
        end=_string(conference.get("end")),
        time_zone_name=_string(conference.get("time_zone_name")),
        website=_string(schedule.get("base_url")) or _string(conference.get("url")),
        rooms=tuple(room_names),
        tracks=tuple(track_names),
        days=_day_dates(days),
        events=tuple(reader.events),
    )
    return to_imported(parsed, source, slug)
