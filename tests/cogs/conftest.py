"""A real ConfBot on a seeded store, driven through the offline Discord harness."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser, Sent
from bot.settings import Settings
from bot.store.setup import Store
from tests.conftest import DATA_DIR, DB_NAME, copied_database, sqlite_url
from tests.postgres import Cluster
from tests.store.second_conference import two_conferences

ATTENDEE = OfflineUser(id=310_000_000_000_000_001, name="ada")
OTHER_ATTENDEE = OfflineUser(id=310_000_000_000_000_002, name="grace")
ORGANISER = OfflineUser(id=310_000_000_000_000_003, name="organiser", manage_guild=True)


@pytest.fixture
def clock(venue: Callable[[str], datetime]) -> ManualClock:
    """Tuesday 7 May 2019, 11:30 at the venue: the GAN poster session is on."""
    return ManualClock(venue("2019-05-07T11:30"))


class StartBot(Protocol):
    """Starts the real bot offline on a store, following one of its conferences."""

    async def __call__(
        self,
        store: Store,
        clock: ManualClock,
        database_url: str,
        conference: str = "iclr2019",
        **harness: Any,
    ) -> OfflineDiscord: ...


ANSWER_WAIT = 60.0
"""Seconds a test waits for the bot to finish answering. Tests grade what it answers, not how
fast (the bench times that): a first chat answer builds the conference's memory, which a busy
machine with PostgreSQL can stretch past the harness's five-second default."""


@pytest.fixture
async def start_bot() -> AsyncIterator[StartBot]:
    """Starts bots offline (`harness` options: a server's language, Discord's clock). Every
    bot it started ends its test checked as `accepted` checks it, then closed: a fixture asks
    for it after the store it starts a bot on, so the bot closes before the store does."""
    started: list[OfflineDiscord] = []

    async def start(
        store: Store,
        clock: ManualClock,
        database_url: str,
        conference: str = "iclr2019",
        **harness: Any,
    ) -> OfflineDiscord:
        async with store.sessions() as db:
            conf = await get_conference(db, conference)
        bot = ConfBot(Settings(database_url=database_url), store, clock, conf)
        harness.setdefault("settle_timeout", ANSWER_WAIT)
        offline = OfflineDiscord(bot, **harness)
        await offline.start()
        started.append(offline)
        return offline

    try:
        yield start
        for offline in started:
            accepted(offline)
    finally:
        for offline in started:
            await offline.close()


def accepted(offline: OfflineDiscord) -> None:
    """Discord would have accepted everything the bot sent, nothing failed unexpectedly (even
    behind a polite reply), and no reply to a command pinged anyone. A test that provokes a
    failure on purpose inspects and clears ``offline.unexpected`` itself."""
    assert offline.violations == [], "the bot sent something Discord would reject"
    assert offline.unexpected == [], "unexpected exceptions: " + "; ".join(
        f"{type(error).__name__}: {error}" for error in offline.unexpected
    )
    for sent in offline.transcript:
        if sent.route in ("response", "followup", "edit"):
            assert_pings_nobody(sent)


@pytest.fixture
async def offline(
    store: Store, clock: ManualClock, database_url: str, start_bot: StartBot
) -> OfflineDiscord:
    """The bot, started offline on the seeded store, checked as `start_bot` checks it."""
    return await start_bot(store, clock, database_url)


def embed_text(embed: dict[str, Any]) -> str:
    parts = [embed.get("title", ""), embed.get("description", "") or ""]
    for field in embed.get("fields", []):
        parts += [field["name"], field["value"]]
    parts.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(parts)


def text_of(sent: Iterable[Sent]) -> str:
    """Everything a reader would see in these messages, as one string."""
    chunks: list[str] = []
    for message in sent:
        chunks.append(message.content or "")
        chunks += [embed_text(embed) for embed in message.embeds]
    return "\n".join(chunks)


def only_reply(sent: list[Sent]) -> Sent:
    replies = [message for message in sent if message.route in ("response", "followup")]
    visible = [message for message in replies if message.content or message.embeds]
    assert len(visible) == 1, f"expected one reply, got {sent!r}"
    return visible[0]


def assert_pings_nobody(sent: Sent) -> None:
    mentions = sent.allowed_mentions or {}
    assert "everyone" not in mentions.get("parse", [])
    assert "roles" not in mentions.get("parse", [])
    assert "users" not in mentions.get("parse", [])
    assert not mentions.get("roles")
    assert not mentions.get("users")


TWO_TEMPLATE = "two_conferences_template"


@pytest.fixture(scope="session")
def two_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder of ICLR 2019 and a second conference, for every test of this process."""
    return two_conferences(tmp_path_factory.mktemp("two") / "data", DATA_DIR)


async def _seed(url: str, data: Path) -> None:
    store = await open_store(url, data)
    await store.close()


@pytest.fixture(scope="session")
def two_sqlite_template(tmp_path_factory: pytest.TempPathFactory, two_data: Path) -> Path:
    """A SQLite store seeded from `two_data` once per process; tests copy it."""
    path = tmp_path_factory.mktemp("two-template") / DB_NAME
    asyncio.run(_seed(sqlite_url(path), two_data))
    return path


@pytest.fixture(scope="session")
def two_postgres_template(postgres_cluster: Cluster, two_data: Path) -> str:
    """A PostgreSQL database seeded from `two_data` once per process; tests copy it."""
    postgres_cluster.create_database(TWO_TEMPLATE)
    asyncio.run(_seed(postgres_cluster.url(TWO_TEMPLATE), two_data))
    return TWO_TEMPLATE


@pytest.fixture
def two_database(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> str:
    """This test's own copy of the store of two conferences."""
    return copied_database(
        request, backend, tmp_path, "two_sqlite_template", "two_postgres_template"
    )


@pytest.fixture
async def two(
    two_database: str, two_data: Path, clock: ManualClock, start_bot: StartBot
) -> OfflineDiscord:
    """The bot on a store holding ICLR 2019 (the default) and a second conference."""
    store = await open_store(two_database, two_data)
    return await start_bot(store, clock, two_database)
