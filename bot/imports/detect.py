"""Which format a source is in, from its content (never its name: URLs often have none).

Paper lists are told apart from schedules by shape: a JSON array of submissions against an
object with a `schedule` (c3voc/pretalx/frab) or a flat `events` list (the schema2 draft).
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum

from bot.domain.imported import Imported, PaperList
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


def detect(text: str, source: str) -> Format:
    """The format of a source's text; DataError when it is none we read."""
    head = text.lstrip()[:200]
    if head.upper().startswith("BEGIN:VCALENDAR"):
        return Format.ICALENDAR
    if head.startswith("<"):
        return Format.FRAB_XML
    if head.startswith("["):
        return Format.PAPER_LIST
    if head.startswith("{"):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(source, "file", "*", f"is not valid JSON ({exc.msg})") from exc
        if isinstance(parsed, dict) and ("schedule" in parsed or "events" in parsed):
            return Format.SCHEDULE_JSON
        raise DataError(
            source, "file", "schedule", "is JSON but neither a schedule nor a paper list"
        )
    if "[conference]" in text:
        return Format.TOML
    raise DataError(
        source,
        "file",
        "*",
        "is not a format confbot reads (schedule.json, frab XML, iCalendar, a paper list, "
        "or confbot TOML)",
    )


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
