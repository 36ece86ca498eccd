"""Timetable pictures: drawing a day, from records to PNG bytes, and what the file weighs.

Two days: ICLR 2019's Tuesday from the seed, and the first day of a real congress export
(36C3's twelve stages, tests/programme/fixtures) imported into a store of its own, as an
operator would. Each is drawn without the cache (what the first /schedule of a day, or of a
new minute while the day runs, costs); beside it, the text answer of the same day, which every
/schedule renders too, and the cache hit every later /schedule of that day costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from bench.measure import Figure, Row, Target
from bench.stores import BenchStore, sqlite_url
from bot.conferences import get_conference
from bot.domain.records import ConferenceView, SessionView
from bot.imports.packaged import open_store
from bot.imports.service import import_source
from bot.programme.pictures import PictureCache, day_sheet, draw
from bot.programme.render import schedule_embed
from bot.programme.service import day_programme
from bot.programme.timetable import render

RENDER_MS = 200.0
PICTURE_KB = 1024.0
"""Well under Discord's 10 MiB: a phone on a conference's Wi-Fi loads it at once."""
EXPORT = (
    Path(__file__).resolve().parent.parent
    / "tests"
    / "programme"
    / "fixtures"
    / "36c3-stages-day1.schedule.json"
)
ICLR_TUESDAY = date(2019, 5, 7)
CONGRESS_DAY = date(2019, 12, 27)


def _ms(call: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


async def _rows(
    label: str, conf: ConferenceView, day: date, sessions: tuple[SessionView, ...], rounds: int
) -> list[Row]:
    """Drawing without the cache against the day's text embed, the first drawing in this
    process, a cache hit, and the file's size."""
    sheet = day_sheet(conf, day, sessions, None)
    start = time.perf_counter()
    picture = render(sheet)
    first = (time.perf_counter() - start) * 1000
    drawn = len(picture.blocks)
    rooms = len(sheet.columns) + len(sheet.hidden)
    what = f"{label}: {drawn} sessions in {len(sheet.columns)} of {rooms} rooms"
    cache = PictureCache()
    await draw(sheet, cache)
    hits: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        await draw(sheet, cache)
        hits.append((time.perf_counter() - start) * 1000)
    return [
        Row(
            "pictures",
            f"draw the day, {what}",
            "seed" if label.startswith("ICLR") else "import",
            Figure.of(_ms(lambda: render(sheet), rounds)),
            Figure.of(_ms(lambda: schedule_embed(conf, day, sessions), rounds)),
            "the day's text embed",
            Target(RENDER_MS, "ms"),
        ),
        Row(
            "pictures",
            f"the first drawing of the day, {label} (fonts and glyphs not yet cached)",
            "seed" if label.startswith("ICLR") else "import",
            Figure.single(first, "ms"),
            target=Target(RENDER_MS, "ms"),
        ),
        Row(
            "pictures",
            f"the day again from the cache, {label}",
            "seed" if label.startswith("ICLR") else "import",
            Figure.of(hits),
        ),
        Row(
            "pictures",
            f"PNG attachment size, {label} ({picture.width}×{picture.height})",
            "seed" if label.startswith("ICLR") else "import",
            Figure.single(len(picture.png) / 1024, "kB"),
            target=Target(PICTURE_KB, "kB"),
        ),
    ]


async def picture_rows(seed: BenchStore, workdir: Path, rounds: int) -> list[Row]:
    """Draw ICLR 2019's Tuesday and the imported congress's first day, `rounds` times each."""
    async with seed.store.sessions() as db:
        tuesday = await day_programme(db, seed.conference, ICLR_TUESDAY)
    rows = await _rows("ICLR 2019 Tue 7 May", seed.conference, ICLR_TUESDAY, tuesday, rounds)
    folder = workdir / "pictures"
    folder.mkdir(parents=True, exist_ok=True)
    store = await open_store(sqlite_url(folder / "confbot.db"), seed.data_dir)
    try:
        outcome = await import_source(store, str(EXPORT), None, datetime.now(UTC))
        async with store.sessions() as db:
            conf = await get_conference(db, outcome.slug)
            congress = await day_programme(db, conf, CONGRESS_DAY)
    finally:
        await store.close()
    return rows + await _rows("36C3 day 1 (real export)", conf, CONGRESS_DAY, congress, rounds)
