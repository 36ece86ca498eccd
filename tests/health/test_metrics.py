"""The metrics endpoint, read over real HTTP on 127.0.0.1 after commands went through the
offline Discord and a reminder went out: what an operator's Prometheus would scrape."""

from __future__ import annotations

import asyncio
import socket
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable
from datetime import datetime

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.offline import OfflineDiscord, OfflineUser
from bot.settings import Settings
from bot.store.setup import Store
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.sqlite_only

ATTENDEE = OfflineUser(id=330_000_000_000_000_001, name="lin")
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def scrape(port: int) -> tuple[str, Samples]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
        text: str = answer.read().decode()
    samples = {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }
    return text, samples


def value(samples: Samples, name: str, /, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
async def served(
    store: Store, database_url: str, venue: Callable[[str], datetime]
) -> AsyncIterator[tuple[OfflineDiscord, ManualClock, int]]:
    port = free_port()
    clock = ManualClock(venue("2019-05-07T08:50"))
    settings = Settings(database_url=database_url, metrics_port=port)
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    harness = OfflineDiscord(ConfBot(settings, store, clock, conf))
    await harness.start()
    try:
        yield harness, clock, port
    finally:
        await harness.close()


async def test_the_endpoint_counts_commands_their_latency_and_deliveries(
    served: tuple[OfflineDiscord, ManualClock, int], venue: Callable[[str], datetime]
) -> None:
    offline, clock, port = served
    _, before = await asyncio.to_thread(scrape, port)
    await offline.slash(ATTENDEE, "schedule", {"day": "Tuesday"})
    await offline.slash(ATTENDEE, "session", {"name": "no such session anywhere"})
    await offline.slash(ATTENDEE, "remind add", {"target": "session:tue-keynote-morning"})
    [answer] = await offline.slash(ATTENDEE, "session", {"name": "Poster session: GANs"})
    await offline.click(ATTENDEE, answer, "Add to agenda")
    await offline.click(ATTENDEE, answer, "Remind me")
    clock.set(venue("2019-05-07T08:56"))
    await offline.bot.settle()
    text, after = await asyncio.to_thread(scrape, port)

    def grew(name: str, /, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    def grew_by(kind: str, name: str, outcome: str) -> float:
        return grew("confbot_interactions_total", kind=kind, name=name, outcome=outcome)

    assert grew_by("command", "schedule", "ok") == 1
    assert grew_by("command", "session", "refused") == 1
    assert grew_by("command", "remind add", "ok") == 1
    assert grew("confbot_interaction_seconds_count", kind="command", name="schedule") == 1
    assert grew_by("button", "agenda", "ok") == 1
    assert grew_by("button", "remind", "ok") == 1
    assert grew("confbot_interaction_seconds_count", kind="button", name="agenda") == 1
    assert grew("confbot_deliveries_total", outcome="sent") == 1
    assert grew("confbot_delivery_lateness_seconds_count") == 1
    for family in ("confbot_store_errors", "confbot_event_loop_block_seconds"):
        assert f"# TYPE {family}" in text


async def test_metrics_are_off_unless_a_port_is_given(
    store: Store, database_url: str, venue: Callable[[str], datetime]
) -> None:
    port = free_port()
    clock = ManualClock(venue("2019-05-07T08:50"))
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    offline = OfflineDiscord(ConfBot(Settings(database_url=database_url), store, clock, conf))
    await offline.start()
    try:
        with pytest.raises(urllib.error.URLError, match="Connection refused"):
            await asyncio.to_thread(scrape, port)
    finally:
        await offline.close()


def readme_metrics() -> set[str]:
    """The metric names the README's table of metrics lists, as an operator reads them."""
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Health: metrics and a free event loop", 1)[1].split("\n## ", 1)[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {name for cell in first_cells for name in cell.split("`")[1::2]}


async def test_the_readme_lists_exactly_the_metrics_the_endpoint_serves(
    served: tuple[OfflineDiscord, ManualClock, int],
) -> None:
    _, _, port = served
    text, _ = await asyncio.to_thread(scrape, port)
    families = {
        family.name + ("_total" if family.type == "counter" else "")
        for family in text_string_to_metric_families(text)
    }
    ours = {name for name in families if name.startswith("confbot_")}
    listed = readme_metrics()
    assert ours == {name for name in listed if name.startswith("confbot_")}
    assert {name for name in families if name.startswith(("process_", "python_"))}
    assert listed - ours == {"process_*", "python_*"}
