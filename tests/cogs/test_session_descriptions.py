"""Talks of an imported programme: chat's "summarise", "tl;dr" and "what is X about" quote the
start of the organisers' description and say whose it is; /session shows all of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import ManualClock
from bot.imports.packaged import open_store
from bot.imports.service import import_source
from bot.offline import OfflineDiscord
from bot.programme.render import SUMMARY_CHARS
from tests.cogs.conftest import ATTENDEE, StartBot, only_reply, text_of
from tests.imports.test_service import FIXTURES

SLUG = "tosd2031"
FLAKY = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f004"
LONG_ABSTRACT = (
    "CI that fails one run in twenty costs more than CI that always fails, e.g. because "
    "people learn to press retry. Dr. Ines Varga has kept the build farm of a large "
    "distribution green for a decade. She shows how to find flaky tests from the history "
    "at https://ci.example.org/v2.1/history?view=flaky. Then how to quarantine them "
    "without hiding real failures. And how to get them fixed, not just skipped. "
    + "Bring your own worst test and we will look at it together. "
    * 12
)


@pytest.fixture
async def imported(
    database_url: str, tmp_path: Path, data_dir: Path, start_bot: StartBot
) -> OfflineDiscord:
    """The bot serving the pretalx fixture, whose 'Flaky CI' talk has a long abstract."""
    schedule = json.loads((FIXTURES / "pretalx-schedule.json").read_text(encoding="utf-8"))
    for day in schedule["schedule"]["conference"]["days"]:
        for events in day["rooms"].values():
            for event in events:
                if event["guid"] == FLAKY:
                    event["abstract"] = LONG_ABSTRACT
    source = tmp_path / "pretalx-schedule.json"
    source.write_text(json.dumps(schedule), encoding="utf-8")
    store = await open_store(database_url, data_dir)
    await import_source(store, str(source), None, datetime(2031, 1, 10, tzinfo=UTC))
    clock = ManualClock(datetime(2031, 1, 10, 12, tzinfo=UTC))
    return await start_bot(store, clock, database_url, SLUG)


def _quoted(description: str) -> str:
    prefix = "In the organisers' words: “"
    assert description.startswith(prefix), description
    assert description.endswith("”")
    return description.removeprefix(prefix).removesuffix("”")


@pytest.mark.parametrize(
    "question",
    [
        "summarise the flaky CI talk",
        "tl;dr of Flaky CI and How to Tame It",
        "what is the flaky CI talk about?",
    ],
)
async def test_a_summary_of_a_talk_is_the_start_of_the_organisers_words(
    imported: OfflineDiscord, question: str
) -> None:
    (message,) = await imported.mention(ATTENDEE, question)
    (embed,) = message.embeds
    quoted = _quoted(embed["description"])

    assert embed["title"] == "Flaky CI and How to Tame It"
    assert len(quoted) <= SUMMARY_CHARS
    assert LONG_ABSTRACT.startswith(quoted), "their words, as written"
    assert quoted.endswith("."), "cut where a sentence ends"
    assert "e.g. because people learn to press retry." in quoted, "not cut at an abbreviation"
    assert "/session shows all of it" in embed["footer"]["text"]
    assert "When" in {field["name"] for field in embed["fields"]}


async def test_a_short_description_is_quoted_whole(imported: OfflineDiscord) -> None:
    (message,) = await imported.mention(ATTENDEE, "summarise the soldering for the terrified talk")
    (embed,) = message.embeds
    quoted = _quoted(embed["description"])

    assert quoted
    assert "/session" not in embed.get("footer", {}).get("text", "")


async def test_a_session_without_a_description_says_so(imported: OfflineDiscord) -> None:
    (message,) = await imported.mention(ATTENDEE, "what is the coffee break about?")
    (embed,) = message.embeds
    assert embed["title"] == "Coffee Break"
    assert embed["description"] == "The organisers give no description of this session."


async def test_session_shows_the_whole_description(imported: OfflineDiscord) -> None:
    reply = only_reply(
        await imported.slash(ATTENDEE, "session", {"name": "Flaky CI and How to Tame It"})
    )
    (embed,) = reply.embeds
    assert embed["description"] == LONG_ABSTRACT.strip()
    assert "Cut here" not in text_of([reply])
