"""The timetable picture's structure, read back from the PNG: its size, a block's colour where
its session's room and time put it, the line at "now", the legend, and nothing drawn outside a
block however long or foreign its title, for days with no rooms, one room, or twelve."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PIL import Image, ImageChops

from bot.domain.kinds import Kind
from bot.domain.records import ConferenceView, SessionView
from bot.programme import lettering, timetable
from bot.programme.palette import BACKGROUND, NOW_LINE, kind_colour, tint
from bot.programme.pictures import NO_ROOM, alt_text, day_sheet
from bot.programme.timetable import MAX_COLUMNS, WIDTH, Picture, render
from tests.conferences import made_up_conference

ZONE = ZoneInfo("Europe/Berlin")
DAY = date(2019, 12, 27)
PHONE_WIDTH = 400
"""About how wide Discord shows a picture in a message on a phone, in points."""


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def conference() -> ConferenceView:
    return made_up_conference("congress", "Congress", "A congress", DAY, DAY)


def session(
    ident: int,
    start: datetime,
    end: datetime | None,
    room: str | None = "Hall 1",
    title: str = "A talk",
    kind: str = Kind.TALK,
    timing: str = "verified",
) -> SessionView:
    return SessionView(
        id=ident,
        slug=f"s{ident}",
        kind=kind,
        title=title,
        starts_at=start,
        ends_at=end,
        timing=timing,
        room=room,
        topics=(),
        people=(),
        talk_title=None,
        description="",
        url=None,
    )


def draw(sessions: list[SessionView], now: datetime | None = None) -> Picture:
    return render(day_sheet(conference(), DAY, sessions, now))


def pixels(picture: Picture) -> Image.Image:
    image = Image.open(io.BytesIO(picture.png))
    assert image.format == "PNG"
    return image.convert("RGB")


def block_of(picture: Picture, ident: int) -> timetable.Block:
    return next(block for block in picture.blocks if block.session_id == ident)


def hour_y(picture: Picture, when: datetime) -> float:
    assert picture.axis_start is not None
    hours = (when - picture.axis_start).total_seconds() / 3600
    return picture.body[1] + hours * picture.pixels_per_hour


def test_the_png_has_the_size_it_reports_and_fits_a_phone() -> None:
    picture = draw([session(1, at(10), at(11))])
    image = pixels(picture)
    assert image.size == (picture.width, picture.height) == (WIDTH, picture.height)
    assert len(picture.png) < 1024 * 1024, "well under Discord's 10 MiB"
    title_font = lettering.font(19, "SemiBold")
    assert title_font.size * PHONE_WIDTH / WIDTH >= 9, "titles stay legible on a phone"


def test_a_block_has_its_kinds_colour_in_its_rooms_column_at_its_time() -> None:
    sessions = [
        session(1, at(10), at(11), room="Hall 1"),
        session(2, at(10), at(11), room="Hall 1", title="Second"),
        session(3, at(12), at(13), room="Hall 2", kind=Kind.POSTER, title="Posters"),
    ]
    picture = draw(sessions)
    image = pixels(picture)
    poster = block_of(picture, 3)
    left, top, right, bottom = poster.box
    assert abs(top - hour_y(picture, at(12))) <= 2
    assert abs(bottom - hour_y(picture, at(13))) <= 2
    assert left > block_of(picture, 1).box[2], "Hall 2 is the second column: Hall 1 is busier"
    assert poster.colour == kind_colour(Kind.POSTER)
    assert image.getpixel((left + 2, (top + bottom) // 2)) == kind_colour(Kind.POSTER)
    assert image.getpixel((right - 3, bottom - 3)) == tint(kind_colour(Kind.POSTER), 0.78)


def test_the_line_at_now_crosses_the_columns_at_the_minute_while_the_day_runs() -> None:
    sessions = [session(1, at(10), at(12)), session(2, at(13), at(14), room="Hall 2")]
    picture = draw(sessions, now=at(11, 30) + timedelta(seconds=40))
    assert picture.now_y is not None
    assert abs(picture.now_y - hour_y(picture, at(11, 30))) <= 1
    image = pixels(picture)
    assert image.getpixel((picture.body[2] - 2, picture.now_y)) == NOW_LINE
    assert "now" in picture.legend
    before = draw(sessions, now=at(8))
    assert before.now_y is None
    assert "now" not in before.legend


def test_the_legend_names_each_kind_drawn_and_the_approximate_marker() -> None:
    sessions = [
        session(1, at(9), at(10), kind=Kind.KEYNOTE, timing="approximate"),
        session(2, at(10), at(11), kind=Kind.POSTER),
        session(3, at(11), at(12), kind=Kind.POSTER),
    ]
    picture = draw(sessions)
    assert picture.legend == ("Keynote", "Posters", "~ approximate time")
    legend = picture.extra["legend"]
    assert legend[1] > picture.body[3], "the legend is under the columns"
    assert legend[3] < picture.height


def _changed_box(with_text: Picture, without: Picture) -> tuple[int, int, int, int] | None:
    return ImageChops.difference(pixels(with_text), pixels(without)).getbbox()


@pytest.mark.parametrize(
    "title",
    [
        "Very long title " * 19 + "end",
        "Supercalifragilisticexpialidocious" * 9,
        "深層学習による自然言語処理の最前線と課題" * 5,
        "한국어 제목과 中文标题 und Umlaute: Bühne, Größe",
    ],
    ids=["300-chars", "one-long-word", "cjk", "mixed-scripts"],
)
def test_a_title_never_leaves_its_block(title: str) -> None:
    """Everything the title adds to the picture lies inside the session's own block."""
    assert len(title) > 30
    others = [session(2, at(9), at(10), room="Hall 2"), session(3, at(9), at(10), room="Hall 3")]
    with_title = draw([session(1, at(10), at(10, 45), title=title), *others])
    without = draw([session(1, at(10), at(10, 45), title=""), *others])
    assert (with_title.width, with_title.height) == (without.width, without.height)
    changed = _changed_box(with_title, without)
    assert changed is not None, "the title is drawn"
    left, top, right, bottom = block_of(with_title, 1).box
    assert left <= changed[0]
    assert changed[2] <= right + 1
    assert top <= changed[1]
    assert changed[3] <= bottom + 1


def test_wrapped_lines_fit_and_the_last_says_text_was_left_out() -> None:
    face = lettering.font(19, "SemiBold")
    lines = lettering.wrap("A title that goes on " * 20, face, 140, 3)
    assert len(lines) == 3
    assert all(lettering.text_width(face, line) <= 140 for line in lines)
    assert lines[-1].endswith("…")
    assert lettering.wrap("Short", face, 140, 3) == ["Short"]


def test_a_day_without_rooms_is_one_column_and_an_empty_day_says_so() -> None:
    roomless = draw([session(1, at(10), at(11), room=None), session(2, at(11), at(12), room=None)])
    assert len(roomless.blocks) == 2
    assert alt_text(day_sheet(conference(), DAY, [session(1, at(10), at(11), room=None)], None))
    assert NO_ROOM in alt_text(
        day_sheet(conference(), DAY, [session(1, at(10), at(11), room=None)], None)
    )
    empty = draw([])
    assert empty.blocks == ()
    assert empty.now_y is None
    assert pixels(empty).size == (WIDTH, empty.height)


def test_twelve_rooms_draw_the_busiest_and_name_the_rest() -> None:
    sessions = []
    for room in range(12):
        for slot in range(12 - room):
            start = at(9) + timedelta(minutes=40 * slot)
            sessions.append(
                session(
                    100 * room + slot, start, start + timedelta(minutes=30), room=f"Room {room:02d}"
                )
            )
    picture = draw(sessions)
    drawn_rooms = {block.session_id // 100 for block in picture.blocks}
    assert drawn_rooms == set(range(MAX_COLUMNS)), "the busiest rooms are the columns"
    assert picture.hidden == tuple(f"Room {room:02d}" for room in range(MAX_COLUMNS, 12))
    text = alt_text(day_sheet(conference(), DAY, sessions, None))
    assert "Not drawn: Room 05: 7" in text
    assert len(text) <= 1024
    lefts = sorted({block.box[0] for block in picture.blocks})
    assert len(lefts) == MAX_COLUMNS
    assert all(block.box[2] <= WIDTH for block in picture.blocks)


def test_a_session_without_an_end_and_one_past_midnight_are_drawn_whole() -> None:
    open_ended = session(1, at(22), None)
    late = session(2, at(23, 30), at(1, 0, DAY + timedelta(days=1)), room="Hall 2")
    picture = draw([open_ended, late])
    top, bottom = block_of(picture, 1).box[1], block_of(picture, 1).box[3]
    assert abs((bottom - top) - picture.pixels_per_hour / 2) <= 3, "drawn as half an hour"
    late_box = block_of(picture, 2).box
    assert abs(late_box[3] - hour_y(picture, at(1, 0, DAY + timedelta(days=1)))) <= 2
    assert late_box[3] <= picture.body[3]


def test_sessions_at_the_same_time_in_one_column_sit_side_by_side() -> None:
    first = session(1, at(10), at(11))
    second = session(2, at(10, 30), at(11, 30))
    picture = draw([first, second])
    one, two = block_of(picture, 1).box, block_of(picture, 2).box
    assert one[2] <= two[0], "the second lane is to the right of the first"
    assert pixels(picture).getpixel((one[0] + 2, one[1] + 5)) != BACKGROUND


def test_an_approximate_session_is_hatched_and_its_time_marked() -> None:
    exact = draw([session(1, at(10), at(12))])
    rough = draw([replace(session(1, at(10), at(12)), timing="approximate")])
    box = block_of(rough, 1).box
    middle = pixels(rough).crop((box[0] + 10, box[1] + 60, box[2] - 4, box[3] - 4))
    plain = pixels(exact).crop((box[0] + 10, box[1] + 60, box[2] - 4, box[3] - 4))
    assert len(middle.getcolors(4096) or []) > len(plain.getcolors(4096) or [])
    assert "~ approximate time" in rough.legend


def test_characters_the_font_lacks_are_left_out_not_drawn_as_boxes() -> None:
    face = lettering.font(19, "SemiBold")
    assert lettering.drawable("深層学習の最前線", face, "(in the list)") == "(in the list)"
    assert lettering.drawable("Party 🎉 and 中文 talk", face, "-") == "Party … and … talk"
    assert lettering.drawable("Bühne Größe ελληνικά", face, "-") == "Bühne Größe ελληνικά"


def test_the_night_the_clocks_go_back_keeps_blocks_and_hours_in_step() -> None:
    """27 October 2019 in Berlin: 03:00 summer time is 02:00 winter time, so a session from
    01:00 to 04:00 on the venue's clock lasts four hours and is drawn four hours long."""
    night = date(2019, 10, 27)
    start = datetime(2019, 10, 27, 1, tzinfo=ZONE)
    end = datetime(2019, 10, 27, 4, tzinfo=ZONE)
    assert (end - start.astimezone(ZoneInfo("UTC"))).total_seconds() == 4 * 3600
    picture = render(day_sheet(conference(), night, [session(1, start, end)], None))
    top, bottom = block_of(picture, 1).box[1], block_of(picture, 1).box[3]
    assert abs((bottom - top) - 4 * picture.pixels_per_hour) <= 3
    assert abs(bottom - picture.body[3]) <= 2, "the axis ends with the session"
