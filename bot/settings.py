"""One typed, frozen view of the configuration, read from the environment and `.env`.

Everything configurable is parsed and checked here, once, so that a bad value stops the bot at
start-up with a line naming the variable instead of failing later in some command.
"""

from __future__ import annotations

import math
import os
import re
import site
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from dotenv import dotenv_values

from bot.domain.shards import Shards

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
SOURCE_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
INSTALLED_DATA = Path("share") / "confbot" / "data"
"""Where a regular (non-editable) install puts the data files, under its prefix: see
`[tool.setuptools.data-files]` in pyproject.toml."""


class Role(StrEnum):
    """Who reads the settings: the console keeps its own database by default, so a rehearsal
    never touches the reminders of a bot that serves real users."""

    RUN = "run"
    CONSOLE = "console"


DATABASE_FILES = {Role.RUN: "confbot.db", Role.CONSOLE: "console.db"}
OPENREVIEW_API = ("https://api.openreview.net", "https://api2.openreview.net")
MAX_OPENREVIEW_RATE = 10.0
"""More than this a second would be hammering a service run for the research community."""


def packaged_data_dir() -> Path:
    """The conference files shipped with the code: beside the source in a checkout or an
    editable install, under the installation prefix otherwise."""
    candidates = [
        SOURCE_DATA_DIR,
        Path(sys.prefix) / INSTALLED_DATA,
        Path(site.getuserbase()) / INSTALLED_DATA,
    ]
    return next((path for path in candidates if path.is_dir()), SOURCE_DATA_DIR)


def home_dir(env: Mapping[str, str | None]) -> Path:
    """The folder holding `.env` and `var/`: CONFBOT_HOME, else the working directory."""
    return Path(env.get("CONFBOT_HOME") or Path.cwd()).expanduser().resolve()


def default_database_url(home: Path, role: Role = Role.RUN) -> str:
    return f"sqlite+aiosqlite:///{home / 'var' / DATABASE_FILES[role]}"


class SettingsError(ValueError):
    """A configuration value that cannot be used; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """The bot's configuration. Build it with `load_settings`, override with `with_overrides`."""

    discord_token: str | None = None
    database_url: str = field(default_factory=lambda: default_database_url(home_dir({})))
    data_dir: Path = field(default_factory=packaged_data_dir)
    conference: str = "iclr2019"
    now: datetime | None = None
    speed: float = 1.0
    reminder_grace_minutes: int = 15
    log_level: str = "INFO"
    discord_api: str | None = None
    """Base URL of Discord's REST API (None: discord.py's own); set for a Discord-shaped
    server of one's own, such as the end-to-end tests run `confbot run` against."""
    discord_gateway: str | None = None
    """The gateway websocket URL to go with `discord_api` (None: discord.py's own)."""
    shards: Shards | None = None
    """The gateway shards this process connects (None: one connection, every server)."""
    instance: str | None = None
    """A stable name for this process among those sharing the store (None: a fresh one per
    start). Restarted under the same name, it takes its unfinished claims back at once instead
    of leaving them to the others once its lease lapses."""
    lease_seconds: float = 30.0
    """How long a sender's lease outlives its last heartbeat: how soon the claims of a process
    that died are taken over by the others."""
    openreview_api: tuple[str, ...] = OPENREVIEW_API
    """OpenReview's API bases `confbot enrich` asks, in order (v1 first, then v2)."""
    openreview_rate: float = 2.0
    """Requests a second `confbot enrich` sends at most: a guest's share of a public API."""
    metrics_port: int | None = None
    """Where `confbot run` serves its metrics in Prometheus's format (None: nowhere)."""
    metrics_host: str = "127.0.0.1"
    """The address the metrics are served on: this machine only, unless the operator says."""

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


def parse_speed(name: str, raw: str) -> float:
    """The one check of a rehearsal speed, for CONFBOT_SPEED and --speed alike."""
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a number") from exc
    if not (value > 0 and math.isfinite(value)):
        raise SettingsError(f"{name}={raw!r} must be a positive number, e.g. 60")
    return value


def _parse_int(name: str, raw: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from exc
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low} and {high}")
    return value


MAX_SHARDS = 4096
INSTANCE = re.compile(r"[A-Za-z0-9._-]{1,64}")
MIN_LEASE_SECONDS, MAX_LEASE_SECONDS = 1.0, 600.0
"""Below a second a busy event loop loses its lease; above ten minutes a dead process's
reminders wait longer than any lead time is worth."""


def _parse_shards(values: Mapping[str, str]) -> Shards | None:
    """CONFBOT_SHARDS=total and CONFBOT_SHARD_IDS=0,2-3 (default: all of them)."""
    raw_count, raw_ids = values.get("CONFBOT_SHARDS"), values.get("CONFBOT_SHARD_IDS")
    if raw_count is None:
        if raw_ids is not None:
            raise SettingsError("CONFBOT_SHARD_IDS needs CONFBOT_SHARDS, the total of shards")
        return None
    count = _parse_int("CONFBOT_SHARDS", raw_count, 1, MAX_SHARDS)
    if raw_ids is None:
        return Shards(count, frozenset(range(count)))
    ids: set[int] = set()
    for part in raw_ids.split(","):
        low, _, high = part.strip().partition("-")
        first = _parse_int("CONFBOT_SHARD_IDS", low, 0, count - 1)
        last = _parse_int("CONFBOT_SHARD_IDS", high, first, count - 1) if high else first
        ids.update(range(first, last + 1))
    return Shards(count, frozenset(ids))


def _parse_instance(raw: str | None) -> str | None:
    if raw is None:
        return None
    if not INSTANCE.fullmatch(raw):
        raise SettingsError(
            f"CONFBOT_INSTANCE={raw!r} must be 1-64 letters, digits, '.', '_' or '-', e.g. bot-1"
        )
    return raw


def _parse_lease(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"CONFBOT_LEASE_SECONDS={raw!r} is not a number") from exc
    if not MIN_LEASE_SECONDS <= value <= MAX_LEASE_SECONDS:
        raise SettingsError(
            f"CONFBOT_LEASE_SECONDS={raw!r} must be between {MIN_LEASE_SECONDS:g} and "
            f"{MAX_LEASE_SECONDS:g}"
        )
    return value


def parse_rate(name: str, raw: str) -> float:
    """The one check of enrich's request rate, for CONFBOT_OPENREVIEW_RATE and --rate alike."""
    try:
        value = float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a number") from exc
    if not 0 < value <= MAX_OPENREVIEW_RATE:
        raise SettingsError(
            f"{name}={raw!r} must be above 0 and at most {MAX_OPENREVIEW_RATE:g} requests a second"
        )
    return value


def _parse_bases(raw: str | None) -> tuple[str, ...]:
    if raw is None:
        return OPENREVIEW_API
    bases = tuple(base.strip() for base in raw.split(",") if base.strip())
    if not bases or not all(base.startswith(("http://", "https://")) for base in bases):
        raise SettingsError(
            f"CONFBOT_OPENREVIEW_API={raw!r} must be http(s) addresses separated by commas, "
            "e.g. https://api.openreview.net,https://api2.openreview.net"
        )
    return bases


def _parse_port(raw: str | None) -> int | None:
    return None if raw is None else _parse_int("CONFBOT_METRICS_PORT", raw, 1, 65535)


def settings_from_mapping(env: Mapping[str, str | None], role: Role = Role.RUN) -> Settings:
    """Build Settings from variables; empty values count as unset."""
    values = {key: value for key, value in env.items() if value}
    base = Settings()
    home = home_dir(values)
    level = values.get("CONFBOT_LOG_LEVEL", base.log_level).upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"CONFBOT_LOG_LEVEL={level!r} must be one of {', '.join(LOG_LEVELS)}")
    raw_now = values.get("CONFBOT_NOW")
    return Settings(
        discord_token=values.get("DISCORD_TOKEN"),
        database_url=values.get("DATABASE_URL") or default_database_url(home, role),
        data_dir=Path(values.get("CONFBOT_DATA_DIR", str(base.data_dir))),
        conference=values.get("CONFBOT_CONFERENCE", base.conference),
        now=_parse_now("CONFBOT_NOW", raw_now) if raw_now else None,
        speed=parse_speed("CONFBOT_SPEED", values.get("CONFBOT_SPEED", "1")),
        reminder_grace_minutes=_parse_int(
            "CONFBOT_REMINDER_GRACE_MINUTES",
            values.get("CONFBOT_REMINDER_GRACE_MINUTES", str(base.reminder_grace_minutes)),
            0,
            240,
        ),
        log_level=level,
        discord_api=values.get("CONFBOT_DISCORD_API"),
        discord_gateway=values.get("CONFBOT_DISCORD_GATEWAY"),
        shards=_parse_shards(values),
        instance=_parse_instance(values.get("CONFBOT_INSTANCE")),
        lease_seconds=_parse_lease(values.get("CONFBOT_LEASE_SECONDS", str(base.lease_seconds))),
        openreview_api=_parse_bases(values.get("CONFBOT_OPENREVIEW_API")),
        openreview_rate=parse_rate(
            "CONFBOT_OPENREVIEW_RATE",
            values.get("CONFBOT_OPENREVIEW_RATE", str(base.openreview_rate)),
        ),
        metrics_port=_parse_port(values.get("CONFBOT_METRICS_PORT")),
        metrics_host=values.get("CONFBOT_METRICS_HOST", base.metrics_host),
    )


def load_settings(env_file: Path | None = None, role: Role = Role.RUN) -> Settings:
    """Settings from the home folder's `.env` (if present) overlaid by the environment."""
    path = env_file if env_file is not None else home_dir(os.environ) / ".env"
    merged: dict[str, str | None] = dict(dotenv_values(path)) if path.is_file() else {}
    merged.update(os.environ)
    return settings_from_mapping(merged, role)
