"""A real congress export (36C3's stages, first day; see fixtures/README.md) imported as an
operator would, then drawn: twelve stages, the busiest five as columns and the rest named,
talks running past midnight, German titles with umlauts and long compound words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from bot.conferences import get_conference
from bot.imports.service import import_source
from bot.programme.pictures import day_sheet
from bot.programme.service import day_programme
from bot.programme.timetable import MAX_COLUMNS, WIDTH, render
from bot.store.setup import Store

EXPORT = Path(__file__).parent / "fixtures" / "36c3-stages-day1.schedule.json"
FIRST_DAY = date(2019, 12, 27)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def test_the_imported_congress_day_is_drawn_with_its_busiest_stages(store: Store) -> None:
    outcome = await import_source(store, str(EXPORT), None, NOW)
    async with store.sessions() as db:
        conf = await get_conference(db, outcome.slug)
        sessions = await day_programme(db, conf, FIRST_DAY)
    rooms = {session.room for session in sessions}
    assert len(rooms) == 12
    picture = render(day_sheet(conf, FIRST_DAY, sessions, None))
    assert len(picture.hidden) == 12 - MAX_COLUMNS
    assert "Chaos-West Bühne" not in picture.hidden, "the busiest stage is a column"
    drawn = {block.session_id for block in picture.blocks}
    in_columns = [s for s in sessions if s.room not in picture.hidden]
    assert drawn == {s.id for s in in_columns}
    assert all(
        block.box[2] <= WIDTH and block.box[3] <= picture.body[3] for block in picture.blocks
    )
    late = [
        s for s in in_columns if s.ends_at and s.ends_at.astimezone(conf.zone).date() > FIRST_DAY
    ]
    assert late, "the congress runs past midnight"
    assert len(picture.png) < 1024 * 1024
