"""Reads frab's `schedule.xml` (the c3voc XML schedule that frab, pretalx and others export).

The XML carries the same event model as schedule.json, so it becomes the same `FrabSchedule`
and bot.imports.frab applies the mapping rules. The standard library's ElementTree resolves
no external entities; a file that declares entities of its own is refused outright, so no
entity expansion can blow a small file up to a huge one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from bot.domain.imported import Imported
from bot.imports.frab import FrabEvent, FrabSchedule, to_imported
from bot.imports.problems import DataError

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


def _local_name(tag: str) -> str:
    """A tag without its namespace, so a namespaced export reads like a plain one."""
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local_name(str(child.tag)) == name]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: ET.Element | None, name: str) -> str | None:
    """The text of a child element (with any nested markup's text), None when absent."""
    child = _child(element, name) if element is not None else None
    if child is None:
        return None
    return "".join(child.itertext())


def _read(text: str, source: str) -> ET.Element:
    if _ENTITY_DECLARATION.search(text):
        raise DataError(source, "file", "*", "declares XML entities, which are not read")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise DataError(source, "file", "*", f"is not XML ({exc})") from exc
    if _local_name(str(root.tag)) != "schedule":
        problem = f"is not a schedule (the root element is <{_local_name(str(root.tag))}>)"
        raise DataError(source, "schedule", "*", problem)
    return root


def _persons(event: ET.Element) -> tuple[tuple[str, str], ...]:
    holder = _child(event, "persons")
    people = _children(holder, "person") if holder is not None else []
    return tuple((name, "") for person in people if (name := "".join(person.itertext())))


def _links(event: ET.Element) -> tuple[tuple[str, str], ...]:
    holder = _child(event, "links")
    links = _children(holder, "link") if holder is not None else []
    return tuple(
        ("".join(link.itertext()).strip(), href) for link in links if (href := link.get("href"))
    )


def _event(event: ET.Element, index: int, day: ET.Element, room: str | None) -> FrabEvent:
    return FrabEvent(
        index=index,
        guid=event.get("guid"),
        id=event.get("id") or event.get("code"),
        title=_text(event, "title"),
        subtitle=_text(event, "subtitle"),
        type=_text(event, "type"),
        track=_text(event, "track"),
        room=_text(event, "room") or room,
        date=_text(event, "date"),
        day=day.get("date"),
        day_start=day.get("start"),
        start=_text(event, "start"),
        duration=_text(event, "duration"),
        end=_text(event, "end"),
        abstract=_text(event, "abstract"),
        description=_text(event, "description"),
        persons=_persons(event),
        url=_text(event, "url"),
        links=_links(event),
        language=_text(event, "language"),
    )


def _events(root: ET.Element) -> tuple[list[str], list[FrabEvent]]:
    """The rooms the days list, in order, and every event of every day."""
    rooms: list[str] = []
    events: list[FrabEvent] = []
    for day in _children(root, "day"):
        for room in _children(day, "room"):
            name = room.get("name")
            if name:
                rooms.append(name)
            for event in _children(room, "event"):
                events.append(_event(event, len(events), day, name))
    return rooms, events


def _tracks(conference: ET.Element) -> tuple[str, ...]:
    tracks = _children(conference, "track")
    names = (track.get("name") or "".join(track.itertext()) for track in tracks)
    return tuple(name for name in names if name.strip())


def parse_frab_xml(text: str, source: str, slug: str | None = None) -> Imported:
    """A conference from a frab schedule.xml; `source` names the file in errors and in the
    result, `slug` overrides the one taken from the acronym."""
    root = _read(text, source)
    conference = _child(root, "conference")
    if conference is None:
        raise DataError(source, "schedule", "conference", "is missing")
    rooms, events = _events(root)
    parsed = FrabSchedule(
        acronym=_text(conference, "acronym"),
        title=_text(conference, "title"),
        start=_text(conference, "start"),
        end=_text(conference, "end"),
        time_zone_name=_text(conference, "time_zone_name"),
        website=_text(conference, "base_url") or _text(conference, "url"),
        rooms=tuple(dict.fromkeys(rooms)),
        tracks=_tracks(conference),
        days=tuple(day.get("date") or "" for day in _children(root, "day") if day.get("date")),
        events=tuple(events),
    )
    return to_imported(parsed, source, slug)
