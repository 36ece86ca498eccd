"""Timetable pictures for replies: what a day's picture shows (rooms, busiest first), its alt
text, and a bounded cache in front of the renderer.

A sheet is the whole input of a picture (sessions, columns, the minute of the line at "now"),
so the cache is keyed by the sheet itself: a day is drawn once per programme revision, and a
person's agenda once until it changes, without either having to be told of an import. While
a day runs its line at "now" moves, so it is drawn again at most once a minute. Drawing takes
tens of milliseconds, so it runs in a thread of its own, never on the event loop.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial

from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import translate, translate_plural
from bot.i18n.formats import number
from bot.i18n.languages import Language
from bot.programme.picture_words import day_subtitle, day_title, drawn_language, picture_words
from bot.programme.timetable import MAX_COLUMNS, Column, Picture, Sheet, render

Waiting = Callable[[], Awaitable[object]]
CACHED_PICTURES = 64
"""Every day of a few conferences and the agendas being looked at: pictures weigh 50 to
350 kB, so the cache holds about 10 MB, 22 MB at worst."""
ALT_TEXT = 1024
"""Discord's limit on an attachment's description (alt text)."""
NO_ROOM = "No room given"
LAID_OUT_AT_ONCE = 200
"""Sessions a day's sheet is laid out for on the event loop: about 6 µs each, so at most a
millisecond or so, less than a trip to a thread and back costs on a busy machine. A larger
day (thousands of sessions take a second) is laid out in a thread."""


@dataclass(frozen=True)
class Attachment:
    """A picture ready to attach: its file name, bytes and alt text."""

    filename: str
    png: bytes
    description: str


class PictureCache:
    """The most recently used pictures, keyed by their sheets. Used from the event loop only:
    the worker threads draw, the loop keeps."""

    def __init__(self, size: int = CACHED_PICTURES) -> None:
        self.size = size
        self._pictures: OrderedDict[Sheet, Picture] = OrderedDict()
        self.drawing: dict[Sheet, asyncio.Future[Picture]] = {}
        """Pictures being drawn now, on the event loop's side."""

    def get(self, sheet: Sheet) -> Picture | None:
        found = self._pictures.get(sheet)
        if found is not None:
            self._pictures.move_to_end(sheet)
        return found

    def put(self, sheet: Sheet, picture: Picture) -> None:
        self._pictures[sheet] = picture
        self._pictures.move_to_end(sheet)
        while len(self._pictures) > self.size:
            self._pictures.popitem(last=False)

    def __len__(self) -> int:
        return len(self._pictures)


PICTURES = PictureCache()
DRAWER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="confbot-pictures")
"""A thread of its own: the default executor's threads may all be waiting on a busy
database, and a picture must not queue behind them while its interaction's 3 s run out.
One is enough: drawing holds the GIL for most of its time, and the cache spares repeats."""


async def draw(
    sheet: Sheet, cache: PictureCache = PICTURES, before_drawing: Waiting | None = None
) -> Picture:
    """The sheet's picture: from the cache, or drawn in a worker thread and kept. Askers of
    a sheet being drawn wait for that drawing: fifty people asking for today's programme at
    the start of a break cost one picture, not fifty. `before_drawing` is awaited when the
    picture is not ready, so a command can acknowledge its interaction first: on a busy
    machine drawing may take longer than Discord's three seconds."""
    found = cache.get(sheet)
    if found is not None:
        return found
    if before_drawing is not None:
        await before_drawing()
        found = cache.get(sheet)
        if found is not None:
            return found
    drawing = cache.drawing.get(sheet)
    if drawing is None:
        drawing = asyncio.get_running_loop().run_in_executor(DRAWER, render, sheet)
        cache.drawing[sheet] = drawing
        drawing.add_done_callback(lambda done: _keep(cache, sheet, done))
    return await asyncio.shield(drawing)


def _keep(cache: PictureCache, sheet: Sheet, done: asyncio.Future[Picture]) -> None:
    cache.drawing.pop(sheet, None)
    if not done.cancelled() and done.exception() is None:
        cache.put(sheet, done.result())


def on_the_minute(now: datetime | None, sessions: Sequence[SessionView]) -> datetime | None:
    """The time of the line at "now": the minute, and only while the day's sessions run, so
    a day before or after its sessions is one picture all day long."""
    timed = [s for s in sessions if s.starts_at is not None]
    if now is None or not timed:
        return None
    first = min(s.starts_at for s in timed if s.starts_at is not None)
    last = max((s.ends_at or s.starts_at) for s in timed if s.starts_at is not None)
    if not first <= now <= last:
        return None
    return now.replace(second=0, microsecond=0)


def room_columns(
    sessions: Sequence[SessionView],
) -> tuple[tuple[Column, ...], tuple[tuple[str, int], ...]]:
    """Rooms as columns, the busiest first (most sessions, then most minutes): as many as
    stay legible; the others with their session counts, to be named under the picture."""
    by_room: dict[str, list[SessionView]] = {}
    for session in sessions:
        if session.starts_at is not None:
            by_room.setdefault(session.room or NO_ROOM, []).append(session)

    def busy(item: tuple[str, list[SessionView]]) -> tuple[bool, int, float, str]:
        """Sessions without a room are not a room: their column comes last."""
        name, held = item
        minutes = sum(
            (s.ends_at - s.starts_at).total_seconds()
            for s in held
            if s.starts_at is not None and s.ends_at is not None
        )
        return name == NO_ROOM, -len(held), -minutes, name

    ordered = sorted(by_room.items(), key=busy)
    shown = tuple(Column(name, tuple(held)) for name, held in ordered[:MAX_COLUMNS])
    hidden = tuple((name, len(held)) for name, held in ordered[MAX_COLUMNS:])
    return shown, hidden


def zone_label(conf: ConferenceView, day: date) -> str:
    """The venue's zone as readers know it: its IANA name, or for a zone an import fixed at
    an offset ("Etc/GMT-1", whose sign reads backwards) the offset itself, "UTC+01:00"."""
    if not conf.timezone.startswith("Etc/"):
        return conf.timezone
    offset = datetime.combine(day, time(12), tzinfo=conf.zone).utcoffset() or timedelta()
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def day_sheet(
    conf: ConferenceView,
    day: date,
    sessions: Sequence[SessionView],
    now: datetime | None,
    language: Language = Language.ENGLISH,
) -> Sheet:
    """A day of the programme: its rooms as columns, its words in the reader's language."""
    columns, hidden = room_columns(sessions)
    rooms = len(columns) + len(hidden)
    timed = sum(len(column.sessions) for column in columns) + sum(n for _, n in hidden)
    drawn = drawn_language(language)
    return Sheet(
        title=day_title(conf.name, day, drawn),
        subtitle=day_subtitle(zone_label(conf, day), timed, rooms, language),
        zone=conf.zone,
        columns=columns,
        now=on_the_minute(now, sessions),
        hidden=hidden,
        words=picture_words(language, sessions, hidden),
    )


def alt_text(sheet: Sheet, title: str | None = None, language: Language = Language.ENGLISH) -> str:
    """What the picture shows, in words, for screen readers and for anyone whose client
    does not load images: the columns with what each holds, and what was left out. `title`
    is the picture's in the reader's language (alt text is never drawn), else the drawn one."""
    t = partial(translate, language)
    title = sheet.title if title is None else title
    sessions = [s for column in sheet.columns for s in column.sessions if s.starts_at]
    if not sessions:
        return t("Timetable picture: {title}. Nothing is scheduled.", title=title)
    zone = sheet.zone
    first = min(s.starts_at for s in sessions if s.starts_at is not None).astimezone(zone)
    parts = [_opening(sheet, len(sessions), title, f"{first:%H:%M}", language)]
    if sheet.rooms_in_blocks:
        clashing = len(sheet.clashes)
        parts.append(
            translate_plural(language, "{count} of them clash.", "{count} of them clash.", clashing)
            if clashing
            else t("No clashes.")
        )
    else:
        held = "; ".join(f"{c.heading}: {len(c.sessions)}" for c in sheet.columns)
        parts.append(t("Rooms: {rooms}.", rooms=held))
    if sheet.hidden:
        names = "; ".join(f"{name}: {count}" for name, count in sheet.hidden)
        parts.append(t("Not drawn: {names}.", names=names))
    if sheet.now is not None:
        parts.append(t("A red line marks now, {time}.", time=f"{sheet.now.astimezone(zone):%H:%M}"))
    parts.append(t("The message lists every session in text."))
    separator = "" if language is Language.CHINESE else " "
    text = separator.join(parts)
    return text if len(text) <= ALT_TEXT else text[: ALT_TEXT - 1] + "…"


def _opening(sheet: Sheet, count: int, title: str, start: str, language: Language) -> str:
    """The alt text's first sentence: an agenda's columns are lanes, a day's are rooms."""
    if sheet.rooms_in_blocks:
        return translate_plural(
            language,
            "Timetable picture: {title}, {count} session drawn from {start} venue time, one "
            "column per lane.",
            "Timetable picture: {title}, {count} sessions drawn from {start} venue time, one "
            "column per lane.",
            count,
            title=title,
            start=start,
            count=number(count, language),
        )
    return translate_plural(
        language,
        "Timetable picture: {title}, {count} session drawn from {start} venue time, one "
        "column per room.",
        "Timetable picture: {title}, {count} sessions drawn from {start} venue time, one "
        "column per room.",
        count,
        title=title,
        start=start,
        count=number(count, language),
    )


async def day_attachment(
    conf: ConferenceView,
    day: date,
    sessions: Sequence[SessionView],
    now: datetime | None,
    before_drawing: Waiting | None = None,
    language: Language = Language.ENGLISH,
) -> Attachment:
    """The picture of one day of the programme, ready to attach. The sheet of a large day is
    laid out, and hashed for the cache, in a thread (see `LAID_OUT_AT_ONCE`)."""
    if len(sessions) <= LAID_OUT_AT_ONCE:
        sheet, alt = LAYOUTS.laid_out(conf, day, sessions, now, language)
    else:
        sheet, alt = await asyncio.to_thread(_laid_out, conf, day, sessions, now, language)
    picture = await draw(sheet, before_drawing=before_drawing)
    return Attachment(f"{conf.slug}-{day.isoformat()}.png", picture.png, alt)


class LayoutCache:
    """The sheets and alt texts of the days asked for lately, keyed by everything they are
    made of. Laying a day out, writing its words and hashing it for the picture cache cost
    more than the rest of a cached picture's answer, and the same day is asked for all day
    long. Used from the event loop only, for days laid out there."""

    def __init__(self, size: int = CACHED_PICTURES) -> None:
        self.size = size
        self._laid: OrderedDict[tuple[object, ...], tuple[Sheet, str]] = OrderedDict()

    def laid_out(
        self,
        conf: ConferenceView,
        day: date,
        sessions: Sequence[SessionView],
        now: datetime | None,
        language: Language,
    ) -> tuple[Sheet, str]:
        minute = on_the_minute(now, sessions)
        key = (conf.name, conf.timezone, day, tuple(sessions), minute, language)
        found = self._laid.get(key)
        if found is None:
            found = self._laid[key] = _laid_out(conf, day, sessions, now, language)
            while len(self._laid) > self.size:
                self._laid.popitem(last=False)
        else:
            self._laid.move_to_end(key)
        return found


LAYOUTS = LayoutCache()


def _laid_out(
    conf: ConferenceView,
    day: date,
    sessions: Sequence[SessionView],
    now: datetime | None,
    language: Language,
) -> tuple[Sheet, str]:
    sheet = day_sheet(conf, day, sessions, now, language)
    hash(sheet)
    return sheet, alt_text(sheet, day_title(conf.name, day, language), language)
