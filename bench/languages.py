"""What a reply in the reader's language costs beside the same reply in English: the whole
command path (interaction in, payload out) for a German reader and an English one, in turns.
The difference is the catalogue look-ups and Babel's formatting of days and numbers."""

from __future__ import annotations

import gc
from dataclasses import replace

from bench.commands import USER, offline_bot
from bench.measure import Figure, Row, timed_ms
from bench.stores import BenchStore
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser

ENGLISH = replace(USER, locale="en-US")
GERMAN = replace(USER, locale="de")


async def _schedule(offline: OfflineDiscord, who: OfflineUser, day: str) -> None:
    sent = await offline.slash(who, "schedule", {"day": day})
    if offline.violations or not any(message.embeds for message in sent):
        raise RuntimeError(f"/schedule day:{day} for {who.locale}: {offline.violations or sent}")


async def translation_rows(bench: BenchStore, rounds: int) -> list[Row]:
    """/schedule for each day, in German beside English, on the same bot and store."""
    days = [day.isoformat() for day in bench.conference.days]
    offline = offline_bot(bench, await open_store(bench.settings.database_url, bench.data_dir))
    await offline.start()
    german_ms: list[float] = []
    english_ms: list[float] = []
    try:
        for day in days:  # a warm-up of each, the catalogues read once
            await _schedule(offline, GERMAN, day)
            await _schedule(offline, ENGLISH, day)
        gc.collect()
        for _ in range(rounds):
            for day in days:
                german_ms.append((await timed_ms(_schedule, offline, GERMAN, day))[0])
                english_ms.append((await timed_ms(_schedule, offline, ENGLISH, day))[0])
    finally:
        await offline.close()
    return [
        Row(
            "command",
            "`/schedule day:…` for a German reader (de)",
            f"{bench.label} ({bench.papers:,} papers)",
            Figure.of(german_ms),
            Figure.of(english_ms),
            "the same for an English reader",
        )
    ]
