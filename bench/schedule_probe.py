"""`python -m bench.schedule_probe SCHEDULE DB WAY`: import a (huge) schedule.json or frab XML
file into a fresh store and print {"seconds": ..., "peak_rss_mb": ..., "outcome": ...}.

Its own process, so the peak memory is this import's alone. WAY is `import` (what `confbot
import` runs: read, check nesting and field sizes, parse, apply) or `unbounded` (the baseline:
the file read and parsed as before the bounds, detection's parse included, without even
writing to the store).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.rss_probe import peak_rss_kib
from bench.stores import sqlite_url
from bench.synthetic import write_conference
from bot.imports.frab_xml import parse_frab_xml
from bot.imports.packaged import open_store
from bot.imports.problems import DataError
from bot.imports.schedule_json import parse_schedule_json
from bot.imports.service import import_source


def _unbounded(schedule: Path) -> str:
    text = schedule.read_bytes().decode("utf-8-sig")
    if schedule.suffix == ".xml":
        parsed = parse_frab_xml(text, schedule.name)
    else:
        json.loads(text)  # detection parsed a JSON object to tell a schedule from a paper list
        parsed = parse_schedule_json(text, schedule.name)
    return f"parsed {len(parsed.conference.sessions)} sessions"


async def _import(schedule: Path, database: Path, folder: Path) -> str:
    store = await open_store(sqlite_url(database), write_conference(folder, 0).parent)
    try:
        outcome = await import_source(store, str(schedule), None, datetime.now(UTC))
    except DataError as exc:
        return f"refused: {exc.problem}"
    finally:
        await store.close()
    return f"imported {outcome.report.created.get('sessions', 0)} sessions"


def main() -> None:
    schedule, database, way = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    start = time.perf_counter()
    if way == "unbounded":
        outcome = _unbounded(schedule)
    else:
        outcome = asyncio.run(_import(schedule, database, database.parent / "data"))
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "peak_rss_mb": peak_rss_kib() / 1024, "outcome": outcome}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
