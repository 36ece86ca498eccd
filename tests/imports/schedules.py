"""Real schedule fixtures, edited as an organiser would between two versions."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
PRETALX = FIXTURES / "pretalx-schedule.json"
SBOM = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f002"
"""'SBOM: Supply Chains Without Tears in CI', Tuesday 10:30 in Berlin."""


def _events(schedule: dict[str, Any]) -> list[dict[str, Any]]:
    days = schedule["schedule"]["conference"]["days"]
    return [event for day in days for room in day["rooms"].values() for event in room]


def pretalx(
    *,
    move: dict[str, timedelta] | None = None,
    cancel: int = 0,
    title: str | None = None,
    retitle: dict[str, str] | None = None,
) -> bytes:
    """The pretalx fixture with talks moved (guid -> shift), the last `cancel` events left
    out, or the conference's title changed."""
    schedule = json.loads(PRETALX.read_text(encoding="utf-8"))
    for event in _events(schedule):
        shift = (move or {}).get(event["guid"])
        if shift is not None:
            start = datetime.fromisoformat(event["date"]) + shift
            event["date"] = start.isoformat()
            event["start"] = start.strftime("%H:%M")
        if event["guid"] in (retitle or {}):
            event["title"] = (retitle or {})[event["guid"]]
    left = cancel
    for day in reversed(schedule["schedule"]["conference"]["days"]):
        for room in reversed(list(day["rooms"])):
            while left and day["rooms"][room]:
                day["rooms"][room].pop()
                left -= 1
    if title is not None:
        schedule["schedule"]["conference"]["title"] = title
        schedule["schedule"]["conference"]["acronym"] = title.lower().replace(" ", "")
    return json.dumps(schedule, indent=1).encode()
