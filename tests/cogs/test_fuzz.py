"""Property-based fuzzing of every slash command and of chat mentions.

The commands and their options are read from the real command tree, so a command added later
is fuzzed without touching this file. For every generated case the user gets a reply, Discord
would accept everything sent, nothing pings anyone, and no error escapes as "unexpected".
"""

from __future__ import annotations

import asyncio
import collections
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from discord import AppCommandOptionType, app_commands
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.discord.tree import user_message
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser, OptionError
from bot.settings import Settings
from tests.cogs.conftest import assert_pings_nobody
from tests.conftest import DATA_DIR, DB_NAME, sqlite_url, venue_time

HOSTILE = [
    "",
    " ",
    '"',
    "AND OR NOT (",
    "*",
    "col:x",
    "-x",
    "NEAR(a b)",
    "title:lottery",
    "'; DROP TABLE papers; --",
    "@everyone",
    "@here",
    "<@&123>",
    "<@456>",
    "<#789>",
    "\u200b\u200b",
    "\u202eRTL\u202c",
    "\u05e9\u05dc\u05d5\u05dd",
    "🦄🎉👩‍🔬",
    "Tramèr",
    "x" * 10_000,
    "lottery " * 1200,
    "\x00\x01\n\t",
    "%_\\",
]
CASES_PER_COMMAND = 30
USER = OfflineUser(id=420_000_000_000_000_001, name="fuzzer")
ADMIN = OfflineUser(id=420_000_000_000_000_002, name="fuzz-admin", manage_guild=True)

text_values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300))


class Harness:
    """One bot for the whole fuzz run, on its own event loop (hypothesis calls us synchronously)."""

    def __init__(self, tmp_path: Path, template: Path) -> None:
        self.loop = asyncio.new_event_loop()
        path = tmp_path / DB_NAME
        shutil.copyfile(template, path)
        self.offline = self.loop.run_until_complete(self._start(path))
        self.cases: collections.Counter[str] = collections.Counter()

    async def _start(self, path: Path) -> OfflineDiscord:
        store = await open_store(sqlite_url(path), DATA_DIR)
        async with store.sessions() as db:
            conf = await get_conference(db, "iclr2019")
        clock = ManualClock(venue_time("2019-05-07T08:30"))
        bot = ConfBot(Settings(database_url=sqlite_url(path)), store, clock, conf)
        offline = OfflineDiscord(bot)
        await offline.start()
        return offline

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.run(self.offline.close())
        self.loop.close()


@pytest.fixture
def harness(tmp_path: Path, seeded_template: Path) -> Iterator[Harness]:
    opened = Harness(tmp_path, seeded_template)
    try:
        yield opened
    finally:
        opened.close()
        print("\ngenerated cases per command:", dict(sorted(opened.cases.items())))


def leaf_commands(bot: ConfBot) -> list[app_commands.Command[Any, Any, Any]]:
    return sorted(
        (c for c in bot.tree.walk_commands() if isinstance(c, app_commands.Command)),
        key=lambda c: c.qualified_name,
    )


def value_for(parameter: app_commands.Parameter, offline: OfflineDiscord) -> st.SearchStrategy[Any]:
    """Values a user could try to send for this option, valid or not."""
    if parameter.choices:
        return st.sampled_from([choice.value for choice in parameter.choices] + ["nonsense"])
    kind = parameter.type
    if kind is AppCommandOptionType.integer:
        low = int(parameter.min_value) if parameter.min_value is not None else -(2**31)
        high = int(parameter.max_value) if parameter.max_value is not None else 2**31
        return st.integers(min_value=low - 5, max_value=high + 5)
    if kind is AppCommandOptionType.number:
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind is AppCommandOptionType.boolean:
        return st.booleans()
    if kind is AppCommandOptionType.channel:
        return st.just(offline.channel_id)
    if kind is AppCommandOptionType.role:
        return st.just(offline.guild_id)
    if kind is AppCommandOptionType.user:
        return st.just(USER.id)
    return text_values


async def check_command(
    offline: OfflineDiscord, command: str, options: dict[str, Any], user: OfflineUser
) -> None:
    errors_before = len(offline.errors)
    try:
        sent = await offline.slash(user, command, options)
    except OptionError:
        return  # the Discord client itself would not have sent this
    replies = [s for s in sent if s.route in ("response", "followup", "edit")]
    assert any(s.content or s.embeds for s in replies), f"/{command} {options!r}: no reply"
    for message in sent:
        assert_pings_nobody(message)
    assert offline.violations == [], offline.violations
    for _, error in offline.errors[errors_before:]:
        if isinstance(error, app_commands.AppCommandError):
            assert user_message(error) is not None, f"/{command} {options!r}: {error!r}"
        else:
            raise AssertionError(f"/{command} {options!r}: {error!r}")


async def check_autocomplete(
    offline: OfflineDiscord, command: str, options: dict[str, Any], focused: str
) -> None:
    try:
        choices = await offline.autocomplete(USER, command, options, focused)
    except OptionError:
        return
    assert len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(str(c["value"])) <= 100 for c in choices)
    assert offline.violations == [], offline.violations


def fuzz_command(harness: Harness, command: app_commands.Command[Any, Any, Any]) -> None:
    """Drive one command with generated option values, its autocompletes too."""
    offline = harness.offline
    strategies = {p.name: value_for(p, offline) for p in command.parameters}
    optional = [p.name for p in command.parameters if not p.required]
    autocompleted = [p.name for p in command.parameters if p.autocomplete]

    @settings(
        max_examples=CASES_PER_COMMAND,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        options = {
            name: data.draw(strategy, label=name)
            for name, strategy in strategies.items()
            if name not in optional or data.draw(st.booleans(), label=f"send {name}")
        }
        user = data.draw(st.sampled_from([USER, ADMIN]), label="user")
        harness.cases[command.qualified_name] += 1
        harness.run(check_command(offline, command.qualified_name, options, user))
        for name in autocompleted:
            typed = {**options, name: str(options.get(name, ""))[:100]}
            harness.run(check_autocomplete(offline, command.qualified_name, typed, name))

    run()


def has_open_options(command: app_commands.Command[Any, Any, Any]) -> bool:
    """True when some option takes free text or numbers, so cases cannot run out."""
    closed = (AppCommandOptionType.boolean, AppCommandOptionType.channel, AppCommandOptionType.role)
    return any(not p.choices and p.type not in closed for p in command.parameters)


def test_every_command_and_option_survives_generated_input(harness: Harness) -> None:
    commands = leaf_commands(harness.offline.bot)
    assert len(commands) >= 10
    for command in commands:
        fuzz_command(harness, command)
    for command in commands:
        # Hypothesis stops early once a command with few possible inputs has no new ones.
        wanted = CASES_PER_COMMAND // 2 if has_open_options(command) else 1
        assert harness.cases[command.qualified_name] >= wanted, command.qualified_name


@settings(max_examples=120, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=500)))
def test_chat_mentions_survive_generated_input(harness: Harness, text: str) -> None:
    offline = harness.offline
    harness.cases["@bot"] += 1
    errors_before = len(offline.errors)
    sent = harness.run(offline.mention(USER, text[:1900]))
    assert [s.route for s in sent] == ["channel"], f"{text!r}: {sent!r}"
    assert_pings_nobody(sent[0])
    assert offline.violations == []
    assert offline.errors[errors_before:] == []
