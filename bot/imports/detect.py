"""Which format a source is in, from its content (never its name: URLs often have none).

Paper lists are told apart from schedules by shape: a JSON array of submissions against an
object with a `schedule` (c3voc/pretalx/frab) or a flat `events` list (the schema2 draft).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from enum import StrEnum

from bot.domain.imported import Imported, PaperList
from bot.imports.bounds import check_calendar, check_json, check_markup, check_toml
from bot.imports.frab_xml import parse_frab_xml
from bot.imports.ical import parse_ical
from bot.imports.paperlists import parse_paperlist
from bot.imports.problems import DataError
from bot.imports.schedule_json import parse_schedule_json
from bot.imports.toml_file import parse_toml


class Format(StrEnum):
    SCHEDULE_JSON = "schedule.json"
    FRAB_XML = "frab XML"
    ICALENDAR = "iCalendar"
    PAPER_LIST = "paper list"
    TOML = "confbot TOML"


_TOML_START = re.compile(r"\[\[?\s*[A-Za-z0-9_-]+\s*[\].]|[A-Za-z0-9_-]+\s*=")
"""A TOML file's first line: a table header with a bare key (`[conference]`), or a key and
its value. JSON never has bare words there, so a `[` alone does not make a paper list."""
_SCHEDULE_KEYS = re.compile(r'"(?:schedule|events)"\s*:')


def _first_line(text: str) -> str:
    """The first line that is neither blank nor a TOML comment."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped
    return ""


def _kind(text: str, source: str) -> Format:
    head = _first_line(text[: 1 << 16])
    if head.upper().startswith("BEGIN:VCALENDAR"):
        return Format.ICALENDAR
    if head.startswith("<"):
        return Format.FRAB_XML
    if _TOML_START.match(head):
        return Format.TOML
    if head.startswith("["):
        return Format.PAPER_LIST
    if head.startswith("{"):
        check_json(text, source)
        if _SCHEDULE_KEYS.search(text):
            return Format.SCHEDULE_JSON
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(source, "file", "*", f"is not valid JSON ({exc.msg})") from exc
        raise DataError(
            source, "file", "schedule", "is JSON but neither a schedule nor a paper list"
        )
    raise DataError(
        source,
        "file",
        "*",
        "is not a format confbot reads (schedule.json, frab XML, iCalendar, a paper list, "
        "or confbot TOML)",
    )


def detect(text: str, source: str) -> Format:
    """The format of a source's text, from its first line, once its nesting and field sizes
    are checked (before any parser can recurse or copy); DataError when it is none we read.
    JSON objects are checked before they are told apart, as that may mean parsing them."""
    found = _kind(text, source)
    if found is Format.PAPER_LIST:
        check_json(text, source)
    elif found is Format.TOML:
        check_toml(text, source)
    elif found is Format.FRAB_XML:
        check_markup(text, source)
    elif found is Format.ICALENDAR:
        check_calendar(text, source)
    return found


def parse_as(found: Format, text: str, source: str, slug: str | None) -> Imported | PaperList:
    """Parse a source in the format `detect` found; `slug` names the conference it becomes."""
    if found is Format.PAPER_LIST:
        return parse_paperlist(text, source)
    if found is Format.ICALENDAR:
        return parse_ical(text, source, slug)
    if found is Format.FRAB_XML:
        return parse_frab_xml(text, source, slug)
    if found is Format.SCHEDULE_JSON:
        return parse_schedule_json(text, source, slug)
    conference = parse_toml(text, source)
    if slug:
        conference = replace(conference, slug=slug)
    return Imported(conference)
