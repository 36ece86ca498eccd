"""A programme of many sessions, written straight into a store's file.

The synthetic conference has a handful of sessions; a festival-sized or a merged programme has
tens of thousands, and commands that go over every session (/calendar, a reminder for
everything, a day's timetable) are the ones that freeze the bot there. Seeding that many
sessions through the importer would take minutes, so the rows go in with one executemany.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

KINDS = ("talk", "talk", "talk", "poster", "oral", "workshop", "keynote", "break", "social")
FIRST_HOUR, LAST_HOUR = 8, 20


def _stored(moment: datetime) -> str:
    """How the store writes an aware time in SQLite: naive UTC, microseconds included."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def add_sessions(path: Path, slug: str, count: int, seed: int = 26) -> None:
    """Add `count` timed sessions, spread over the days and rooms of the conference `slug`
    in the store at `path`, each on one of its topics."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(path)) as connection, connection:
        conference, first, last_day, zone_name = connection.execute(
            "SELECT id, start_date, end_date, timezone FROM conferences WHERE slug = ?", (slug,)
        ).fetchone()
        zone, start = ZoneInfo(zone_name), date.fromisoformat(first)
        days = (date.fromisoformat(last_day) - start).days + 1
        where = {"conference": conference}
        rooms = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM rooms WHERE conference_id = :conference", where
            )
        ]
        topics = connection.execute(
            "SELECT id, name FROM topics WHERE conference_id = :conference", where
        ).fetchall()
        (last,) = connection.execute("SELECT coalesce(max(id), 0) FROM sessions").fetchone()
        rows, links = [], []
        for index in range(count):
            day = start + timedelta(days=index % days)
            minute = rng.randrange(FIRST_HOUR * 60, LAST_HOUR * 60, 5)
            starts = datetime.combine(day, time(minute // 60, minute % 60), zone)
            ends = starts + timedelta(minutes=rng.choice((20, 30, 45, 60, 90)))
            topic, name = rng.choice(topics)
            title = f"{name.capitalize()} session {index + 1}"
            rows.append(
                (
                    last + index + 1,
                    conference,
                    f"crowd-{index + 1:06d}",
                    rng.choice(KINDS),
                    title,
                    _stored(starts),
                    _stored(ends),
                    rng.choice(rooms),
                )
            )
            links.append((last + index + 1, topic))
        connection.executemany(
            "INSERT INTO sessions (id, conference_id, slug, kind, title, starts_at, ends_at, "
            "timing, room_id, description, people, retired) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'verified', ?, '', '[]', 0)",
            rows,
        )
        connection.executemany(
            "INSERT INTO session_topics (session_id, topic_id) VALUES (?, ?)", links
        )
