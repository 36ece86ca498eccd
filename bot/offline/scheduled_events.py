"""A server's scheduled events (its Events tab): create, list, edit and delete, refusing what
Discord refuses.

Discord checks each event as a form: a name of 1 to 100 characters, a description of at most
1000, for an external event a location of 1 to 100 characters and an end after the start, a
start not in the past, privacy GUILD_ONLY; and a server holds at most 100 scheduled or
active events (code 30038). Refusals are kept as violations like any other bot mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from bot.discord import limits
from bot.offline.checks import Problem, error_body
from bot.offline.state import OfflineState
from bot.offline.transport import Reply, Upload

EXTERNAL: Final = 3
GUILD_ONLY: Final = 2
SCHEDULED, ACTIVE = 1, 2
TOO_MANY: Final = 30038


class ScheduledEventRoutes:
    """``/guilds/{guild_id}/scheduled-events`` and ``.../{event_id}``."""

    def __init__(self, state: OfflineState, now: Callable[[], datetime] | None = None) -> None:
        self._state = state
        self._now = now
        self.events: dict[int, dict[str, Any]] = {}

    def create(self, params: dict[str, str], body: dict[str, Any], files: list[Upload]) -> Reply:
        where = "create scheduled event"
        fault = self._state.faults.take("event")
        if fault is not None and not fault.after_create:
            return fault.reply()
        problems = self._problems(body, creating=True)
        if problems:
            return self._state.reject(400, 50035, "Invalid Form Body", where, problems)
        live = [e for e in self.events.values() if e["status"] in (SCHEDULED, ACTIVE)]
        if len(live) >= limits.SCHEDULED_EVENTS:
            limit = limits.SCHEDULED_EVENTS
            message = f"Maximum number of guild scheduled events reached ({limit})"
            return self._state.reject(400, TOO_MANY, message, where, [])
        event_id = self._state.next_id()
        event = {
            "id": str(event_id),
            "guild_id": params["guild_id"],
            "channel_id": None,
            "creator_id": str(self._state.bot_id),
            "entity_id": None,
            "status": SCHEDULED,
            "user_count": 0,
            "image": None,
            "description": None,
        } | body
        self.events[event_id] = event
        self._state.requests["scheduled event created"] += 1
        return Reply(200, event) if fault is None else fault.reply()

    def list_events(self, params: dict[str, str], body: Any, files: list[Upload]) -> Reply:
        return Reply(200, list(self.events.values()))

    def edit(self, params: dict[str, str], body: dict[str, Any], files: list[Upload]) -> Reply:
        fault = self._state.faults.take("event")
        if fault is not None:
            return fault.reply()
        event = self.events.get(int(params["guild_scheduled_event_id"]))
        if event is None:
            return Reply(404, error_body(10070, "Unknown Guild Scheduled Event"))
        edited = event | body
        problems = self._problems(edited, creating="scheduled_start_time" in body)
        if problems:
            return self._state.reject(400, 50035, "Invalid Form Body", "edit event", problems)
        self.events[int(params["guild_scheduled_event_id"])] = edited
        return Reply(200, edited)

    def delete(self, params: dict[str, str], body: Any, files: list[Upload]) -> Reply:
        if self.events.pop(int(params["guild_scheduled_event_id"]), None) is None:
            return Reply(404, error_body(10070, "Unknown Guild Scheduled Event"))
        return Reply(204)

    def _problems(self, event: dict[str, Any], *, creating: bool) -> list[Problem]:
        problems = _text("name", event.get("name"), limits.EVENT_NAME, required=True)
        description = event.get("description")
        problems += _text("description", description, limits.EVENT_DESCRIPTION, required=False)
        if event.get("privacy_level") != GUILD_ONLY:
            problems.append(("privacy_level", "BASE_TYPE_CHOICES", "Value must be one of (2,)."))
        start = _time(event.get("scheduled_start_time"))
        end = _time(event.get("scheduled_end_time"))
        if start is None:
            problems.append(
                ("scheduled_start_time", "BASE_TYPE_REQUIRED", "This field is required")
            )
        elif creating and self._now is not None and start <= self._now():
            problems.append(
                (
                    "scheduled_start_time",
                    "GUILD_SCHEDULED_EVENT_SCHEDULED_START_TIME_IN_PAST",
                    "Cannot schedule event in the past.",
                )
            )
        if int(event.get("entity_type") or 0) == EXTERNAL:
            location = (event.get("entity_metadata") or {}).get("location")
            problems += [
                ("entity_metadata.location", code, text)
                for _, code, text in _text("location", location, limits.EVENT_LOCATION, True)
            ]
            if end is None:
                problems.append(
                    ("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required")
                )
        if start is not None and end is not None and end <= start:
            problems.append(
                (
                    "scheduled_end_time",
                    "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
                    "The end must be after the start.",
                )
            )
        return problems


def _text(path: str, value: Any, limit: int, required: bool) -> list[Problem]:
    if value is None or value == "":
        return [(path, "BASE_TYPE_REQUIRED", "This field is required")] if required else []
    if len(str(value)) > limit:
        return [(path, "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {limit} in length.")]
    return []


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None
