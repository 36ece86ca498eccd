"""One typed, frozen view of the configuration, read from the environment and `.env`.

Everything configurable is parsed and checked here, once, so that a bad value stops the bot at
start-up with a line naming the variable instead of failing later in some command.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DATABASE_PATH = PROJECT_ROOT / "var" / "confbot.db"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class SettingsError(ValueError):
    """A configuration value that cannot be used; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """The bot's configuration. Build it with `load_settings`, override with `with_overrides`."""

    discord_token: str | None = None
    database_url: str = f"sqlite+aiosqlite:///{DEFAULT_DATABASE_PATH}"
    data_dir: Path = DEFAULT_DATA_DIR
    conference: str = "iclr2019"
    now: datetime | None = None
    speed: float = 1.0
    reminder_grace_minutes: int = 15
    owner_ids: frozenset[int] = field(default_factory=frozenset)
    log_level: str = "INFO"

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with command-line values taking precedence over the environment."""
        return replace(self, **changes)  # type: ignore[arg-type]


def _parse_now(name: str, raw: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise SettingsError(
            f"{name}={raw!r} is not an ISO-8601 time, e.g. 2019-05-07T08:30-05:00"
        ) from exc
    if value.tzinfo is None:
        raise SettingsError(f"{name}={raw!r} needs a UTC offset, e.g. 2019-05-07T08:30-05:00")
    return value


def parse_now(raw: str) -> datetime:
    """Parse a rehearsal start time given on the command line."""
    return _parse_now("--now", raw)


def _parse_positive_float(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a number") from exc
    if not value > 0 or value == float("inf"):
        raise SettingsError(f"{name}={raw!r} must be a positive number")
    return value


def _parse_int(name: str, raw: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from exc
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low} and {high}")
    return value


def _parse_ids(name: str, raw: str) -> frozenset[int]:
    try:
        return frozenset(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} must be comma-separated Discord user ids") from exc


def settings_from_mapping(env: Mapping[str, str | None]) -> Settings:
    """Build Settings from variables; empty values count as unset."""
    values = {key: value for key, value in env.items() if value}
    base = Settings()
    level = values.get("CONFBOT_LOG_LEVEL", base.log_level).upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"CONFBOT_LOG_LEVEL={level!r} must be one of {', '.join(LOG_LEVELS)}")
    raw_now = values.get("CONFBOT_NOW")
    return Settings(
        discord_token=values.get("DISCORD_TOKEN"),
        database_url=values.get("DATABASE_URL", base.database_url),
        data_dir=Path(values.get("CONFBOT_DATA_DIR", str(base.data_dir))),
        conference=values.get("CONFBOT_CONFERENCE", base.conference),
        now=_parse_now("CONFBOT_NOW", raw_now) if raw_now else None,
        speed=_parse_positive_float("CONFBOT_SPEED", values.get("CONFBOT_SPEED", "1")),
        reminder_grace_minutes=_parse_int(
            "CONFBOT_REMINDER_GRACE_MINUTES",
            values.get("CONFBOT_REMINDER_GRACE_MINUTES", str(base.reminder_grace_minutes)),
            0,
            240,
        ),
        owner_ids=_parse_ids("CONFBOT_OWNER_IDS", values.get("CONFBOT_OWNER_IDS", "")),
        log_level=level,
    )


def load_settings(env_file: Path | None = None) -> Settings:
    """Settings from `.env` (if present) overlaid by the process environment."""
    path = env_file if env_file is not None else Path.cwd() / ".env"
    merged: dict[str, str | None] = dict(dotenv_values(path)) if path.is_file() else {}
    merged.update(os.environ)
    return settings_from_mapping(merged)
