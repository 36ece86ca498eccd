"""A person's day as a picture: one column, clashing sessions side by side and outlined, each
block naming its room, and the picture kept until the agenda changes."""

from __future__ import annotations

from datetime import date, timedelta

from bot.agenda.picture import agenda_attachment, agenda_sheet
from bot.domain.agenda import agenda_day
from bot.domain.kinds import Kind
from bot.domain.records import SessionView
from bot.programme.palette import CLASH_EDGE
from bot.programme.pictures import PICTURES
from bot.programme.timetable import render
from tests.programme.test_timetable import ZONE, at, conference, pixels, session

DAY = date(2019, 12, 27)


def sessions() -> list[SessionView]:
    return [
        session(1, at(10), at(11), room="Hall 1", title="Morning talk"),
        session(2, at(13), at(14), room="Hall 2", title="Workshop", kind=Kind.WORKSHOP),
        session(3, at(13, 30), at(14, 30), room="Hall 3", title="Clashing talk"),
    ]


def test_clashes_sit_side_by_side_outlined_in_one_column() -> None:
    tomorrow = session(4, at(10) + timedelta(days=1), at(11) + timedelta(days=1), title="Next")
    mine = [*sessions(), tomorrow]
    day = agenda_day(mine, DAY, ZONE, at(12), None)
    sheet = agenda_sheet(conference(), day, at(12))
    assert len(sheet.columns) == 1
    assert sheet.clashes == {2, 3}
    assert sheet.rooms_in_blocks
    assert sheet.now == at(12), "the day is running: the line at now is drawn"
    picture = render(sheet)
    boxes = {block.session_id: block.box for block in picture.blocks}
    assert set(boxes) == {1, 2, 3}, "only this day's sessions"
    assert boxes[2][2] <= boxes[3][0], "the clashing sessions are side by side"
    assert boxes[1][2] - boxes[1][0] > boxes[2][2] - boxes[2][0], "a lone session is wider"
    image = pixels(picture)
    assert image.getpixel((boxes[3][0] + 1, boxes[3][1] + 10)) == CLASH_EDGE
    assert image.getpixel((boxes[1][0] + 1, boxes[1][1] + 10)) != CLASH_EDGE
    assert "clash" in picture.legend


async def test_the_agenda_picture_is_kept_until_the_agenda_changes() -> None:
    mine = sessions()
    before = agenda_day(mine, DAY, ZONE, at(8), None)
    first = await agenda_attachment(conference(), before, at(8))
    assert first.filename == "congress-agenda-2019-12-27.png"
    assert "2 of them clash." in first.description
    cached = len(PICTURES)
    again = await agenda_attachment(conference(), before, at(8))
    assert again.png == first.png
    assert len(PICTURES) == cached
    fewer = agenda_day(mine[:2], DAY, ZONE, at(8), None)
    changed = await agenda_attachment(conference(), fewer, at(8))
    assert changed.png != first.png
    assert "No clashes." in changed.description
