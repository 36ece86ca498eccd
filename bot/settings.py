"""One typed, frozen view of the configuration, read from the environment and `.env`.

Everything configurable is parsed and checked here, once, so that a bad value stops the bot at
start-up with a line naming the variable instead of failing later in some command.
"""

from __future__ import annotations

import math
import os
import site
import sys
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from dotenv import dotenv_values
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.domain.shards import Shards

SOURCE_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
INSTALLED_DATA = Path("share") / "confbot" / "data"
"""Where a regular (non-editable) install puts the data files, under its prefix: see
`[tool.setuptools.data-files]` in pyproject.toml."""


class LogLevel(StrEnum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"


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


MAX_SHARDS = 4096
MIN_LEASE_SECONDS, MAX_LEASE_SECONDS = 1.0, 600.0
"""Below a second a busy event loop loses its lease; above ten minutes a dead process's
reminders wait longer than any lead time is worth."""
EXAMPLE_NOW = "e.g. 2019-05-07T08:30-05:00"


def _positive(value: float) -> float:
    if not (value > 0 and math.isfinite(value)):
        raise ValueError("must be a positive number, e.g. 60")
    return value


Speed = Annotated[float, AfterValidator(_positive)]
"""A rehearsal's speed, for CONFBOT_SPEED and --speed alike."""
Rate = Annotated[float, Field(gt=0, le=MAX_OPENREVIEW_RATE)]
"""Enrich's requests a second, for CONFBOT_OPENREVIEW_RATE and --rate alike."""


def _iso_time(raw: object) -> object:
    """An ISO-8601 time with its offset; the example in the message is what people need."""
    if not isinstance(raw, str):
        return raw
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"is not an ISO-8601 time, {EXAMPLE_NOW}") from exc
    if value.tzinfo is None:
        raise ValueError(f"needs a UTC offset, {EXAMPLE_NOW}")
    return value


Now = Annotated[AwareDatetime, BeforeValidator(_iso_time)]


def _env(name: str, *, default: Any = None, **constraints: Any) -> Any:
    """A field read from the environment variable `name` (its name in Python works too)."""
    return Field(default, validation_alias=name, **constraints)


class Settings(BaseSettings):
    """The bot's configuration, one field per variable: the type and the bounds say what a
    value may be, and pydantic-settings reads and checks it. Build it with `load_settings`,
    override with `with_overrides`."""

    model_config = SettingsConfigDict(
        frozen=True,
        validate_by_name=True,
        case_sensitive=True,
        env_ignore_empty=True,
        extra="ignore",
    )

    discord_token: str | None = _env("DISCORD_TOKEN")
    database_url: str = _env("DATABASE_URL", default="")
    """Empty: the home folder's var/ database for the role reading the settings."""
    data_dir: Path = Field(default_factory=packaged_data_dir, validation_alias="CONFBOT_DATA_DIR")
    conference: str = _env("CONFBOT_CONFERENCE", default="iclr2019")
    now: Now | None = _env("CONFBOT_NOW")
    speed: Speed = _env("CONFBOT_SPEED", default=1.0)
    reminder_grace_minutes: int = _env("CONFBOT_REMINDER_GRACE_MINUTES", default=15, ge=0, le=240)
    log_level: LogLevel = _env("CONFBOT_LOG_LEVEL", default=LogLevel.INFO)
    discord_api: str | None = _env("CONFBOT_DISCORD_API")
    """Base URL of Discord's REST API (None: discord.py's own); set for a Discord-shaped
    server of one's own, such as the end-to-end tests run `confbot run` against."""
    discord_gateway: str | None = _env("CONFBOT_DISCORD_GATEWAY")
    """The gateway websocket URL to go with `discord_api` (None: discord.py's own)."""
    shards: Shards | None = _env("CONFBOT_SHARDS")
    """The gateway shards this process connects (None: one connection, every server);
    CONFBOT_SHARD_IDS=0,2-3 picks some of them (default: all)."""
    shard_ids: str | None = _env("CONFBOT_SHARD_IDS")
    """CONFBOT_SHARD_IDS as written; a field so that the environment's value reaches the
    validator that reads it into `shards`."""
    instance: str | None = _env("CONFBOT_INSTANCE", pattern=r"^[A-Za-z0-9._-]{1,64}$")
    """A stable name for this process among those sharing the store (None: a fresh one per
    start). Restarted under the same name, it takes its unfinished claims back at once instead
    of leaving them to the others once its lease lapses."""
    lease_seconds: float = _env(
        "CONFBOT_LEASE_SECONDS", default=30.0, ge=MIN_LEASE_SECONDS, le=MAX_LEASE_SECONDS
    )
    """How long a sender's lease outlives its last heartbeat: how soon the claims of a process
    that died are taken over by the others."""
    openreview_api: Annotated[tuple[str, ...], NoDecode] = _env(
        "CONFBOT_OPENREVIEW_API", default=OPENREVIEW_API
    )
    """OpenReview's API bases `confbot enrich` asks, in order (v1 first, then v2)."""
    openreview_rate: Rate = _env("CONFBOT_OPENREVIEW_RATE", default=2.0)
    """Requests a second `confbot enrich` sends at most: a guest's share of a public API."""
    metrics_port: int | None = _env("CONFBOT_METRICS_PORT", ge=1, le=65535)
    """Where `confbot run` serves its metrics in Prometheus's format (None: nowhere)."""
    metrics_host: str = _env("CONFBOT_METRICS_HOST", default="127.0.0.1")
    """The address the metrics are served on: this machine only, unless the operator says."""

    role: Role = Role.RUN
    """Who reads the settings (the console has a database of its own); given, never read."""
    home: Path | None = _env("CONFBOT_HOME")
    """The folder holding `.env` and `var/` (None: the working directory)."""

    @model_validator(mode="before")
    @classmethod
    def _defaults_of_the_home(cls, data: Any) -> Any:
        """The database in the home folder, for the role reading the settings, and the
        shards from their two variables."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if not (data.get("DATABASE_URL") or data.get("database_url")):
            home = home_dir({"CONFBOT_HOME": data.get("CONFBOT_HOME") or data.get("home")})
            data["DATABASE_URL"] = default_database_url(home, Role(data.get("role", Role.RUN)))
        if "CONFBOT_SHARDS" in data or "CONFBOT_SHARD_IDS" in data:
            data["CONFBOT_SHARDS"] = _shards(
                data.get("CONFBOT_SHARDS"), data.get("CONFBOT_SHARD_IDS")
            )
        return data

    @field_validator("log_level", mode="before")
    @classmethod
    def _any_case(cls, raw: object) -> object:
        return raw.upper() if isinstance(raw, str) else raw

    @field_validator("openreview_api", mode="before")
    @classmethod
    def _comma_separated(cls, raw: object) -> object:
        if not isinstance(raw, str):
            return raw
        bases = tuple(base.strip() for base in raw.split(",") if base.strip())
        if not bases or not all(base.startswith(("http://", "https://")) for base in bases):
            raise ValueError(
                "must be http(s) addresses separated by commas, "
                "e.g. https://api.openreview.net,https://api2.openreview.net"
            )
        return bases

    def __setattr__(self, name: str, value: object) -> None:
        """Read once at start-up: a command-line value makes a copy (`with_overrides`)."""
        raise AttributeError(f"settings cannot change once read ({name})")

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with command-line values taking precedence over the environment."""
        return self.model_copy(update=changes)


def _whole(name: str, raw: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from exc
    if not low <= value <= high:
        raise SettingsError(f"{name}={raw!r} must be between {low} and {high}")
    return value


def _shards(raw_count: str | None, raw_ids: str | None) -> Shards:
    """CONFBOT_SHARDS=total and CONFBOT_SHARD_IDS=0,2-3 (default: all of them)."""
    if raw_count is None:
        raise SettingsError("CONFBOT_SHARD_IDS needs CONFBOT_SHARDS, the total of shards")
    count = _whole("CONFBOT_SHARDS", raw_count, 1, MAX_SHARDS)
    if raw_ids is None:
        return Shards(count, frozenset(range(count)))
    ids: set[int] = set()
    for part in raw_ids.split(","):
        low, _, high = part.strip().partition("-")
        first = _whole("CONFBOT_SHARD_IDS", low, 0, count - 1)
        last = _whole("CONFBOT_SHARD_IDS", high, first, count - 1) if high else first
        ids.update(range(first, last + 1))
    return Shards(count, frozenset(ids))


def _one_line(error: ValidationError, values: Mapping[str, object], name: str = "") -> str:
    """The first problem as one line naming the variable, its value and what it must be."""
    first = error.errors()[0]
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, SettingsError):
        return str(cause)
    name = str(first["loc"][0]) if first["loc"] else name
    reason = str(cause) if cause is not None else first["msg"]
    return f"{name}={values.get(name, first['input'])!r}: {reason[:1].lower()}{reason[1:]}"


def _checked(kind: Any, name: str, raw: str) -> Any:
    try:
        return TypeAdapter(kind).validate_python(raw)
    except ValidationError as exc:
        raise SettingsError(_one_line(exc, {name: raw}, name)) from None


def parse_now(raw: str) -> datetime:
    """Parse a rehearsal start time given on the command line."""
    value: datetime = _checked(Now, "--now", raw)
    return value


def parse_speed(name: str, raw: str) -> float:
    """A rehearsal speed given on the command line, checked as CONFBOT_SPEED is."""
    value: float = _checked(Speed, name, raw)
    return value


def parse_rate(name: str, raw: str) -> float:
    """Enrich's request rate given on the command line, checked as CONFBOT_OPENREVIEW_RATE is."""
    value: float = _checked(Rate, name, raw)
    return value


def settings_from_mapping(env: Mapping[str, str | None], role: Role = Role.RUN) -> Settings:
    """Build Settings from variables; empty values count as unset."""
    values: dict[str, Any] = {key: value for key, value in env.items() if value}
    try:
        return Settings(**values, role=role)
    except ValidationError as exc:
        raise SettingsError(_one_line(exc, values)) from None


def load_settings(env_file: Path | None = None, role: Role = Role.RUN) -> Settings:
    """Settings from the home folder's `.env` (if present) overlaid by the environment."""
    path = env_file if env_file is not None else home_dir(os.environ) / ".env"
    try:
        return Settings(_env_file=path if path.is_file() else None, role=role)
    except ValidationError as exc:
        raise SettingsError(_one_line(exc, {**dotenv_values(path), **os.environ})) from None
