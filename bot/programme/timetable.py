"""A day drawn as a timetable: rooms (or an agenda's lanes) as columns, the venue's clock down
the side, each session a block coloured by its kind. Pure: records in, PNG bytes and the
geometry of what was drawn out, so tests can check a block's colour at its place and the
line at "now" without reading pixels blindly.

The picture is an opaque light card with a grey edge: Discord shows it on a dark or a light
theme, and a transparent picture would lose its text on one of them. It is 820 pixels wide,
so that a phone, which shows it about 400 points wide, still shows the titles at about nine
points; at most five columns stay legible at that width, so the busiest rooms are drawn and
the others are named under the picture. Text is set in Noto Sans, which the package
fontpkg-noto-sans ships; it has no CJK glyphs, so a title's CJK characters are left out (a
title with nothing else says it is in the list, which carries the real title, as does the alt
text), and no "≈", so approximate times are hatched and their time starts with "~".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw, ImageFont

from bot.domain.records import SessionView
from bot.programme.lettering import (
    Colour,
    draw_text,
    drawable,
    ellipsis_fit,
    font,
    text_width,
    wrap,
)
from bot.programme.palette import (
    BACKGROUND,
    CLASH_EDGE,
    EDGE,
    FALLBACK,
    HALF_LINE,
    HOUR_LINE,
    INK,
    MUTED,
    NOW_LINE,
    kind_colour,
    tint,
)
from bot.programme.picture_words import ENGLISH_WORDS, PictureWords

Box = tuple[int, int, int, int]

WIDTH = 820
MAX_COLUMNS = 5
"""Columns that stay legible on a phone at WIDTH; further rooms are named under the picture."""
MARGIN = 20
AXIS = 64
GAP = 4
STRIPE = 6
PAD = 6
DEFAULT_LENGTH = timedelta(minutes=30)
"""How long a session without an end is drawn; its time says the end is not given."""
LONGEST_DAY = timedelta(hours=24)
Z_RLE = 3
"""zlib's run-length strategy: a timetable is mostly flat colour, and this compresses it
three times faster than the default for about 1.6 times the bytes (a few hundred kB)."""

UNDRAWABLE = "(title in the list)"
"""Shown for a title in a script the font has no glyphs for (CJK): see bot.programme.lettering."""


@dataclass(frozen=True)
class Column:
    """One column: its heading and the sessions drawn in it."""

    heading: str
    sessions: tuple[SessionView, ...]


@dataclass(frozen=True)
class Sheet:
    """What to draw: the columns in order, and what is named under the picture instead."""

    title: str
    subtitle: str
    zone: ZoneInfo
    columns: tuple[Column, ...]
    now: datetime | None = None
    hidden: tuple[tuple[str, int], ...] = ()
    """Rooms left out for want of space, with how many sessions each has."""
    clashes: frozenset[int] = frozenset()
    """Ids of sessions that overlap another one on the same agenda."""
    rooms_in_blocks: bool = False
    """An agenda's columns are not rooms, so each block names its room."""
    words: PictureWords = ENGLISH_WORDS

    @cached_property
    def _digest(self) -> int:
        fields = (self.title, self.subtitle, self.zone, self.columns, self.now, self.hidden)
        return hash((*fields, self.clashes, self.rooms_in_blocks, self.words))

    def __hash__(self) -> int:
        """Computed once: the cache hashes a sheet several times, and a sheet of a day of
        thousands of sessions takes tens of milliseconds to hash."""
        return self._digest


@dataclass(frozen=True)
class Block:
    """Where a session was drawn, and in what colour (its kind's)."""

    session_id: int
    box: Box
    colour: Colour


@dataclass(frozen=True)
class Picture:
    """The PNG and where its parts were drawn: tests and the alt text read the geometry
    instead of guessing pixels."""

    png: bytes
    width: int
    height: int
    blocks: tuple[Block, ...]
    now_y: int | None
    legend: tuple[str, ...]
    hidden: tuple[str, ...]
    body: Box
    """The area of the columns: every block lies inside it."""
    axis_start: datetime | None = None
    pixels_per_hour: float = 0.0
    extra: dict[str, Box] = field(default_factory=dict)
    """Other drawn parts by name (the legend's box), for tests."""


def lanes(sessions: Sequence[SessionView]) -> list[tuple[SessionView, int, int]]:
    """Each session with its lane and the number of lanes of its overlapping group, so that
    sessions at the same time in one column sit side by side instead of on top."""
    placed: list[tuple[SessionView, int, int]] = []
    group: list[tuple[SessionView, int]] = []
    ends: list[datetime] = []
    group_end: datetime | None = None

    def close() -> None:
        count = max((lane for _, lane in group), default=-1) + 1
        placed.extend((session, lane, count) for session, lane in group)

    for session in sorted(sessions, key=_start_key):
        start, end = _span(session)
        if group_end is not None and start >= group_end:
            close()
            group, ends, group_end = [], [], None
        lane = next((i for i, free in enumerate(ends) if free <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        group.append((session, lane))
        group_end = end if group_end is None else max(group_end, end)
    close()
    return placed


def _start_key(session: SessionView) -> tuple[datetime, datetime, str]:
    start, end = _span(session)
    return start, end, session.title


def _span(session: SessionView) -> tuple[datetime, datetime]:
    assert session.starts_at is not None
    end = session.ends_at if session.ends_at and session.ends_at > session.starts_at else None
    return session.starts_at, end or session.starts_at + DEFAULT_LENGTH


def _axis(sheet: Sheet) -> tuple[datetime, datetime] | None:
    spans = [_span(s) for column in sheet.columns for s in column.sessions if s.starts_at]
    if not spans:
        return None
    # Whole hours of the venue's clock, then UTC: hours added to a zoned time are wall-clock
    # hours, which would drift from the sessions on the night the clocks change.
    first = min(start for start, _ in spans).astimezone(sheet.zone)
    start = first.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    last = max(end for _, end in spans)
    end = last.astimezone(sheet.zone).replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    if end < last:
        end += timedelta(hours=1)
    return start, min(end, start + LONGEST_DAY)


def _pixels_per_hour(hours: float) -> float:
    """Long days (a congress running past midnight) are drawn tighter so they stay one
    picture of a sensible height; short ones roomier."""
    return max(72.0, min(120.0, 1700.0 / max(hours, 1.0)))


class _Canvas:
    """One drawing: the image and its pen, and text drawn through the glyph cache."""

    def __init__(self, height: int) -> None:
        self.image = Image.new("RGB", (WIDTH, height), BACKGROUND)
        self.pen = ImageDraw.Draw(self.image)

    def text(
        self, xy: tuple[float, float], text: str, face: ImageFont.FreeTypeFont, fill: Colour
    ) -> None:
        draw_text(self.image, xy, text, face, fill)


def render(sheet: Sheet) -> Picture:
    """The timetable of one sheet as a PNG, with the geometry of what was drawn."""
    title_font, sub_font = font(28, "SemiBold"), font(18)
    head_font, axis_font = font(19, "SemiBold"), font(17)
    inner = WIDTH - 2 * MARGIN
    title_lines = wrap(sheet.title, title_font, inner, 2)
    header = MARGIN + 36 * len(title_lines) + 28
    count = max(len(sheet.columns), 1)
    column_width = (inner - AXIS) / count
    headings = [wrap(c.heading, head_font, column_width - 2 * PAD, 2) for c in sheet.columns]
    heading_height = 12 + 24 * max((len(lines) for lines in headings), default=0)
    axis = _axis(sheet)
    hours = (axis[1] - axis[0]).total_seconds() / 3600 if axis else 0.0
    per_hour = _pixels_per_hour(hours)
    body_top = header + heading_height
    body_height = round(hours * per_hour) if axis else 60
    now_shown = axis is not None and sheet.now is not None and axis[0] <= sheet.now <= axis[1]
    legend_items = _legend_items(sheet, now_shown)
    legend_rows, legend_height = _legend_layout(legend_items, inner)
    hidden_lines = _hidden_lines(sheet, inner)
    footer = 16 + legend_height + (12 + 22 * len(hidden_lines) if hidden_lines else 0)
    height = body_top + body_height + footer + MARGIN
    canvas = _Canvas(height)
    pen = canvas.pen
    pen.rectangle((0, 0, WIDTH - 1, height - 1), outline=EDGE, width=2)
    y = MARGIN - 4
    for line in title_lines:
        canvas.text((MARGIN, y), line, title_font, INK)
        y += 36
    canvas.text((MARGIN, y + 2), sheet.subtitle, sub_font, MUTED)
    left = MARGIN + AXIS
    for index, lines in enumerate(headings):
        x = left + index * column_width + PAD
        for row, line in enumerate(lines):
            canvas.text((x, header + 2 + 24 * row), line, head_font, INK)
    body: Box = (left, body_top, WIDTH - MARGIN, body_top + body_height)
    blocks: list[Block] = []
    now_y: int | None = None
    if axis is None:
        canvas.text((left + PAD, body_top + 16), sheet.words.nothing, font(18), MUTED)
    else:
        now_y = _now_y(sheet, axis, per_hour, body)
        _grid(canvas, axis, per_hour, body, axis_font, sheet.zone, now_y)
        for index, column in enumerate(sheet.columns):
            x0 = left + index * column_width
            for session, lane, lanes_here in lanes(column.sessions):
                width = column_width / lanes_here
                x = x0 + lane * width
                blocks.append(_block(canvas, sheet, session, axis, per_hour, body, x, width))
        if now_y is not None:
            _now_line(canvas, sheet, now_y, body)
        # Titles go over the line at "now", so it never hides a word.
        by_id = {s.id: s for column in sheet.columns for s in column.sessions}
        for block in blocks:
            _block_text(canvas, sheet, by_id[block.session_id], block.box)
    legend_top = body_top + body_height + 16
    legend_box = _legend(canvas, legend_rows, legend_top)
    text_y = legend_top + legend_height + 12
    for line in hidden_lines:
        canvas.text((MARGIN, text_y), line, font(17), MUTED)
        text_y += 22
    out = io.BytesIO()
    canvas.image.save(out, format="PNG", compress_level=6, compress_type=Z_RLE)
    return Picture(
        png=out.getvalue(),
        width=WIDTH,
        height=height,
        blocks=tuple(blocks),
        now_y=now_y,
        legend=tuple(label for label, _ in legend_items),
        hidden=tuple(name for name, _ in sheet.hidden),
        body=body,
        axis_start=axis[0] if axis else None,
        pixels_per_hour=per_hour,
        extra={"legend": legend_box},
    )


def _y(when: datetime, axis_start: datetime, per_hour: float, body: Box) -> float:
    return body[1] + (when - axis_start).total_seconds() / 3600 * per_hour


def _grid(
    canvas: _Canvas,
    axis: tuple[datetime, datetime],
    per_hour: float,
    body: Box,
    face: ImageFont.FreeTypeFont,
    zone: ZoneInfo,
    now_y: int | None,
) -> None:
    """Hour lines with the venue's clock beside them, fainter half hours between; no hour
    label where the label at "now" goes."""
    start, end = axis
    moment = start
    while moment <= end:
        y = round(_y(moment, start, per_hour, body))
        canvas.pen.line((body[0], y, body[2], y), fill=HOUR_LINE, width=1)
        label = moment.astimezone(zone).strftime("%H:%M")
        if moment < end and (now_y is None or abs(y - now_y) > 22):
            canvas.text((MARGIN, y - 2), label, face, MUTED)
        half = round(_y(moment + timedelta(minutes=30), start, per_hour, body))
        if moment < end:
            canvas.pen.line((body[0], half, body[2], half), fill=HALF_LINE, width=1)
        moment += timedelta(hours=1)


def _block(
    canvas: _Canvas,
    sheet: Sheet,
    session: SessionView,
    axis: tuple[datetime, datetime],
    per_hour: float,
    body: Box,
    x: float,
    width: float,
) -> Block:
    start, end = _span(session)
    top = max(_y(start, axis[0], per_hour, body), body[1])
    bottom = min(_y(end, axis[0], per_hour, body), body[3])
    box: Box = (round(x + GAP / 2), round(top + 1), round(x + width - GAP / 2), round(bottom - 1))
    box = (box[0], box[1], max(box[2], box[0] + 2), max(box[3], box[1] + 2))
    colour = kind_colour(session.kind)
    pen = canvas.pen
    pen.rectangle(box, fill=tint(colour, 0.78))
    if session.approximate:
        _hatch(canvas, box, tint(colour, 0.6))
    edge = 3 if session.id in sheet.clashes else 0
    if edge:
        pen.rectangle(box, outline=CLASH_EDGE, width=edge)
    stripe = (box[0] + edge, box[1] + edge, box[0] + edge + STRIPE - 1, box[3] - edge)
    pen.rectangle(stripe, fill=colour)
    return Block(session.id, box, colour)


def _hatch(canvas: _Canvas, box: Box, colour: Colour) -> None:
    """Diagonal lines across a block whose time no schedule confirms, clipped to the block."""
    x0, y0, x1, y1 = box
    step = 14
    for offset in range(-(y1 - y0), x1 - x0, step):
        ax, ay = x0 + offset, y0
        if ax < x0:
            ax, ay = x0, y0 + (x0 - ax)
        bx, by = x0 + offset + (y1 - y0), y1
        if bx > x1:
            bx, by = x1, y1 - (bx - x1)
        if ay <= y1 and by >= y0:
            canvas.pen.line((ax, ay, bx, by), fill=colour, width=2)


def _time_text(session: SessionView, zone: ZoneInfo) -> str:
    assert session.starts_at is not None
    start = session.starts_at.astimezone(zone).strftime("%H:%M")
    marker = "~" if session.approximate else ""
    if session.ends_at is None or session.ends_at <= session.starts_at:
        return f"{marker}{start}, end not given"
    return f"{marker}{start}–{session.ends_at.astimezone(zone):%H:%M}"


def _block_text(canvas: _Canvas, sheet: Sheet, session: SessionView, box: Box) -> None:
    """The time (when there is room), the title wrapped into the lines that fit, and for an
    agenda the room: never past the block's edges."""
    title_face, small = font(19, "SemiBold"), font(16)
    left = box[0] + STRIPE + 4
    width = box[2] - left - 3
    room = box[3] - box[1] - 4
    line, small_line = 24, 20
    y = box[1] + 2
    if width < 12 or room < 17:
        return
    if room < line:
        # A short slot (a 15-minute talk on a long day) still says what it is, smaller.
        title = drawable(session.title, small, UNDRAWABLE)
        canvas.text((left, y - 2), ellipsis_fit(title, small, width), small, INK)
        return
    show_time = room >= line + small_line
    if show_time:
        when = ellipsis_fit(_time_text(session, sheet.zone), small, width)
        canvas.text((left, y), when, small, MUTED)
        y += small_line
        room -= small_line
    wants_room = sheet.rooms_in_blocks and bool(session.room)
    extra = small_line if wants_room and room >= line + small_line else 0
    title = drawable(session.title, title_face, UNDRAWABLE)
    for text in wrap(title, title_face, width, (room - extra) // line):
        canvas.text((left, y), text, title_face, INK)
        y += line
    if extra and session.room:
        canvas.text((left, y), ellipsis_fit(session.room, small, width), small, MUTED)


def _now_y(sheet: Sheet, axis: tuple[datetime, datetime], per_hour: float, body: Box) -> int | None:
    """Where the line at "now" goes: only while the day runs."""
    if sheet.now is None or not axis[0] <= sheet.now <= axis[1]:
        return None
    return round(_y(sheet.now, axis[0], per_hour, body))


def _now_line(canvas: _Canvas, sheet: Sheet, y: int, body: Box) -> None:
    """A red line across the columns at the current minute, its time on the axis."""
    assert sheet.now is not None
    canvas.pen.line((body[0] - 6, y, body[2], y), fill=NOW_LINE, width=3)
    canvas.pen.ellipse((body[0] - 11, y - 5, body[0] - 1, y + 5), fill=NOW_LINE)
    label = sheet.now.astimezone(sheet.zone).strftime("%H:%M")
    canvas.pen.rectangle((MARGIN - 4, y - 11, body[0] - 12, y + 11), fill=NOW_LINE)
    canvas.text((MARGIN, y - 10), label, font(16, "SemiBold"), BACKGROUND)


Swatch = tuple[str, tuple[Colour, str]]
"""A legend entry: its label, its colour and its look: "block", "hatched", "clash" or
"line"."""


def _legend_items(sheet: Sheet, now_shown: bool) -> list[Swatch]:
    sessions = [s for column in sheet.columns for s in column.sessions]
    items: list[Swatch] = []
    seen: set[str] = set()
    for session in sorted(sessions, key=lambda s: sheet.words.kind(s.kind)):
        label = sheet.words.kind(session.kind)
        if label not in seen:
            seen.add(label)
            items.append((label, (kind_colour(session.kind), "block")))
    if any(s.approximate for s in sessions):
        items.append((sheet.words.approximate, (FALLBACK, "hatched")))
    if sheet.clashes:
        items.append((sheet.words.clash, (CLASH_EDGE, "clash")))
    if now_shown:
        items.append((sheet.words.now, (NOW_LINE, "line")))
    return items


def _legend_layout(items: list[Swatch], width: int) -> tuple[list[list[Swatch]], int]:
    """Legend entries in rows that fit the width, and the rows' height."""
    face = font(16)
    rows: list[list[Swatch]] = [[]]
    used = 0.0
    for item in items:
        need = 28 + text_width(face, item[0]) + 18
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += need
    count = len(rows) if items else 0
    return rows, 26 * count


def _legend(canvas: _Canvas, rows: list[list[Swatch]], top: int) -> Box:
    face = font(16)
    y = top
    right = MARGIN
    for row in rows:
        x = float(MARGIN)
        for label, (colour, look) in row:
            box: Box = (round(x), y + 3, round(x) + 20, y + 19)
            _swatch(canvas, box, colour, look)
            canvas.text((x + 28, y), label, face, INK)
            x += 28 + text_width(face, label) + 18
            right = max(right, round(x))
        y += 26
    return (MARGIN, top, right, y)


def _swatch(canvas: _Canvas, box: Box, colour: Colour, look: str) -> None:
    """A legend's sample, drawn the way the picture draws what it explains."""
    pen = canvas.pen
    if look == "line":
        middle = (box[1] + box[3]) // 2
        pen.line((box[0], middle, box[2], middle), fill=colour, width=3)
    elif look == "clash":
        pen.rectangle(box, fill=BACKGROUND, outline=colour, width=3)
    elif look == "hatched":
        pen.rectangle(box, fill=tint(colour, 0.78))
        _hatch(canvas, box, tint(colour, 0.2))
    else:
        pen.rectangle(box, fill=tint(colour, 0.78))
        pen.rectangle((box[0], box[1], box[0] + 4, box[3]), fill=colour)


def _hidden_lines(sheet: Sheet, width: int) -> list[str]:
    """The rooms not drawn, named so nobody thinks the picture is the whole day."""
    return wrap(sheet.words.not_drawn, font(17), width, 4) if sheet.hidden else []
