"""A real ConfBot on a seeded store, driven through the offline Discord harness."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from datetime import datetime
from typing import Any

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.offline import OfflineDiscord, OfflineUser, Sent
from bot.settings import Settings
from bot.store.setup import Store

ATTENDEE = OfflineUser(id=310_000_000_000_000_001, name="ada")
OTHER_ATTENDEE = OfflineUser(id=310_000_000_000_000_002, name="grace")
ORGANISER = OfflineUser(id=310_000_000_000_000_003, name="organiser", manage_guild=True)


@pytest.fixture
def clock(venue: Callable[[str], datetime]) -> ManualClock:
    """Tuesday 7 May 2019, 11:30 at the venue: the GAN poster session is on."""
    return ManualClock(venue("2019-05-07T11:30"))


@pytest.fixture
async def offline(
    store: Store, clock: ManualClock, database_url: str
) -> AsyncIterator[OfflineDiscord]:
    """The bot, started offline. Every test ends by checking that Discord would have accepted
    everything it sent, that nothing failed unexpectedly (even behind a polite reply), and
    that no reply to a command pinged anyone. A test that provokes a failure on purpose
    inspects and clears ``offline.unexpected`` itself."""
    settings = Settings(database_url=database_url)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    harness = OfflineDiscord(ConfBot(settings, store, clock, conf))
    await harness.start()
    try:
        yield harness
        assert harness.violations == [], "the bot sent something Discord would reject"
        assert harness.unexpected == [], "unexpected exceptions: " + "; ".join(
            f"{type(error).__name__}: {error}" for error in harness.unexpected
        )
        for sent in harness.transcript:
            if sent.route in ("response", "followup", "edit"):
                assert_pings_nobody(sent)
    finally:
        await harness.close()


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
