"""The pictures' cache and alt text: a day is drawn once per programme and minute of "now",
the cache stays bounded, drawing happens off the event loop, and the alt text fits Discord."""

from __future__ import annotations

import asyncio
import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.i18n.languages import Language
from bot.programme import pictures
from bot.programme.pictures import PictureCache, alt_text, day_attachment, day_sheet, draw
from bot.programme.service import day_programme
from bot.programme.timetable import Picture, Sheet
from tests.programme.test_timetable import at, conference, session

TUESDAY = date(2019, 5, 7)


async def test_a_day_is_drawn_once_until_its_minute_or_programme_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawn: list[str | None] = []
    real = pictures.render

    def counting(sheet: Sheet) -> Picture:
        drawn.append(threading.current_thread().name)
        return real(sheet)

    monkeypatch.setattr(pictures, "render", counting)
    cache = PictureCache()
    sessions = [session(1, at(10), at(12))]
    now = at(11, 5)
    first = await draw(day_sheet(conference(), at(0).date(), sessions, now), cache)
    again = await draw(
        day_sheet(conference(), at(0).date(), sessions, now + timedelta(seconds=30)), cache
    )
    assert again is first
    assert len(drawn) == 1
    assert drawn[0] != threading.main_thread().name, "drawn in a worker thread"
    await draw(day_sheet(conference(), at(0).date(), sessions, now + timedelta(minutes=1)), cache)
    renamed = [session(1, at(10), at(12), title="Renamed")]
    await draw(day_sheet(conference(), at(0).date(), renamed, now + timedelta(minutes=1)), cache)
    assert len(drawn) == 3
    after = [session(1, at(10), at(12))]
    await draw(day_sheet(conference(), at(0).date(), after, at(20)), cache)
    await draw(day_sheet(conference(), at(0).date(), after, at(21)), cache)
    assert len(drawn) == 4, "after the day's sessions the picture no longer moves"


async def test_the_cache_keeps_only_the_most_recent_pictures() -> None:
    cache = PictureCache(size=2)
    sheets = [
        day_sheet(conference(), at(0).date(), [session(1, at(10), at(11), title=f"T{n}")], None)
        for n in range(3)
    ]
    for sheet in sheets:
        await draw(sheet, cache)
    assert len(cache) == 2
    assert cache.get(sheets[0]) is None
    assert cache.get(sheets[2]) is not None


async def test_the_loop_keeps_running_while_a_picture_is_drawn() -> None:
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(tick())
    sessions = [session(n, at(9) + timedelta(minutes=20 * n), None) for n in range(30)]
    await draw(day_sheet(conference(), at(0).date(), sessions, None), PictureCache())
    ticker.cancel()
    assert ticks > 1


async def test_iclr_tuesday_attachment_has_a_name_bytes_and_alt_text(
    db: AsyncSession, conf: ConferenceView
) -> None:
    sessions = await day_programme(db, conf, TUESDAY)
    now = datetime(2019, 5, 7, 16, 40, tzinfo=conf.zone)
    attachment = await day_attachment(conf, TUESDAY, sessions, now)
    assert attachment.filename == "iclr2019-2019-05-07.png"
    assert attachment.png.startswith(b"\x89PNG")
    assert attachment.description.startswith("Timetable picture: ICLR 2019 — Tuesday 7 May")
    assert "Great Hall BC: 2" in attachment.description
    assert "A red line marks now, 16:40." in attachment.description
    assert len(attachment.description) <= 1024


async def test_a_day_asked_again_follows_its_minute_its_sessions_and_the_readers_language() -> None:
    day = at(0).date()
    sessions = [session(1, at(10), at(12))]
    first = await day_attachment(conference(), day, sessions, at(11, 5))
    assert first == await day_attachment(conference(), day, sessions, at(11, 5))
    later = await day_attachment(conference(), day, sessions, at(11, 6))
    assert "A red line marks now, 11:06." in later.description
    moved = [session(1, at(10), at(12), room="Hall 2")]
    assert "Hall 2: 1" in (await day_attachment(conference(), day, moved, at(11, 6))).description
    german = await day_attachment(conference(), day, sessions, at(11, 6), None, Language.GERMAN)
    assert german.description != later.description
    assert "11:06" in german.description


def test_alt_text_is_cut_to_discords_limit() -> None:
    rooms = [session(n, at(10), at(11), room="R" * 90 + str(n)) for n in range(40)]
    assert len(alt_text(day_sheet(conference(), at(0).date(), rooms, None))) == 1024


async def test_people_asking_at_once_wait_for_one_drawing(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = 0
    real = pictures.render

    def counting(sheet: Sheet) -> Picture:
        nonlocal drawn
        drawn += 1
        return real(sheet)

    monkeypatch.setattr(pictures, "render", counting)
    cache = PictureCache()
    sheet = day_sheet(conference(), at(0).date(), [session(1, at(10), at(12))], None)
    found = await asyncio.gather(*(draw(sheet, cache) for _ in range(20)))
    assert drawn == 1
    assert all(picture is found[0] for picture in found)
    assert cache.drawing == {}


async def test_the_command_is_told_before_a_drawing_and_not_for_a_cached_picture() -> None:
    told = 0

    async def acknowledge() -> None:
        nonlocal told
        told += 1

    cache = PictureCache()
    sheet = day_sheet(conference(), at(0).date(), [session(1, at(10), at(12))], None)
    first = await draw(sheet, cache, acknowledge)
    again = await draw(sheet, cache, acknowledge)
    assert again is first
    assert told == 1
