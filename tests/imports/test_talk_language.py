"""The language each talk is given in, as the schedule names it, kept through the import as
one code whichever way the file spells it, and stored beside the talk on either backend."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.imports.frab_values import language_code
from bot.imports.frab_xml import parse_frab_xml
from bot.imports.schedule_json import parse_schedule_json
from bot.imports.service import import_source
from bot.store.models import Session
from bot.store.setup import Store

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2031, 1, 10, 12, 0, tzinfo=UTC)
KEYNOTE = "Keeping the Lights On: Twenty Years of Volunteer Infrastructure"


@pytest.mark.parametrize(
    ("written", "code"),
    [("de", "de"), ("EN", "en"), ("de-DE", "de"), ("Deutsch", "de"), ("English", "en")],
)
def test_a_language_however_written_becomes_its_code(written: str, code: str) -> None:
    assert language_code(written) == code


@pytest.mark.parametrize("written", [None, "", "  ", "bilingual talk", "1"])
def test_anything_but_a_language_is_no_language(written: str | None) -> None:
    assert language_code(written) is None


def test_a_talk_in_the_xml_keeps_its_language() -> None:
    text = (FIXTURES / "frab-schedule.xml").read_text(encoding="utf-8")
    first = text.replace("<language>en</language>", "<language>de</language>", 1)

    sessions = parse_frab_xml(first, "edited.xml").conference.sessions

    keynote = next(item for item in sessions if item.title == KEYNOTE)
    assert keynote.language == "de"
    assert {item.language for item in sessions if item is not keynote} <= {"en", None}


def test_a_talk_in_the_json_keeps_its_language_and_one_without_has_none() -> None:
    document = json.loads((FIXTURES / "pretalx-schedule.json").read_text(encoding="utf-8"))
    rooms = document["schedule"]["conference"]["days"][0]["rooms"]
    talks = [event for events in rooms.values() for event in events]
    talks[0]["language"] = "de-AT"
    del talks[1]["language"]

    sessions = parse_schedule_json(json.dumps(document), "edited.json").conference.sessions

    by_guid = {item.slug: item.language for item in sessions}
    assert by_guid[talks[0]["guid"]] == "de"
    assert by_guid[talks[1]["guid"]] is None


async def test_an_imported_talks_language_is_stored_beside_it(store: Store) -> None:
    await import_source(store, str(FIXTURES / "frab-schedule.xml"), None, NOW)

    async with store.sessions() as db:
        stored = dict((await db.execute(select(Session.title, Session.language))).all())

    assert stored[KEYNOTE] == "en"
