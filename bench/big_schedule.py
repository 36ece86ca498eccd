"""A pretalx schedule.json of any number of sessions, for measuring imports of a big programme.

Built from the real fixture's shape (the same conference, rooms and fields), with the talks
repeated over its days and rooms in five-minute steps, each with its own id and guid. The same
size always gives the same file, so runs compare.
"""

from __future__ import annotations

import copy
import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

PRETALX = Path(__file__).resolve().parent.parent / "tests" / "imports" / "fixtures"
FIXTURE = PRETALX / "pretalx-schedule.json"
STEP = timedelta(minutes=5)


def _talk(model: dict[str, Any], index: int, room: str, start: datetime) -> dict[str, Any]:
    talk = copy.deepcopy(model)
    talk.update(
        id=1_000_000 + index,
        guid=str(uuid.UUID(int=index + 1)),
        code=f"B{index:07d}",
        slug=f"big-{index}",
        title=f"{model['title']} (part {index + 1})",
        room=room,
        date=start.isoformat(),
        start=start.strftime("%H:%M"),
        duration="00:30",
    )
    return talk


def write_pretalx_schedule(path: Path, sessions: int) -> Path:
    """The fixture's conference with `sessions` talks, spread over its days and rooms."""
    schedule = json.loads(FIXTURE.read_text(encoding="utf-8"))
    days = schedule["schedule"]["conference"]["days"]
    models = [talk for day in days for room in day["rooms"].values() for talk in room]
    rooms = [name for day in days[:1] for name in day["rooms"]]
    for day in days:
        day["rooms"] = {room: [] for room in rooms}
    for index in range(sessions):
        day = days[index % len(days)]
        slot, room = divmod(index // len(days), len(rooms))
        first = datetime.fromisoformat(day["day_start"])
        start = first + STEP * (slot % 120)
        day["rooms"][rooms[room]].append(
            _talk(models[index % len(models)], index, rooms[room], start)
        )
    path.write_text(json.dumps(schedule), encoding="utf-8")
    return path
