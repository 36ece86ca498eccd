"""Tests for bot.offline.simulator, driven through a throwaway bot that exercises each protocol rule.

The bot is defined here rather than taken from the project's cogs so that these tests pin the
simulator's behaviour, not the product's.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands import Choice
from discord.ext import commands

from bot.offline.simulator import (
    DEFAULT_CHANNEL_ID,
    DEFAULT_GUILD_ID,
    OWNER_USER_ID,
    DiscordRejected,
    OfflineDiscord,
    OfflineUser,
    OptionError,
    Sent,
    internals_problems,
)

ALICE = OfflineUser(1001, "alice")
OLGA = OfflineUser(1002, "olga", manage_guild=True)
DEADLINE = 0.25
# The default guild's @everyone role has the guild's id, as on Discord.
INVITE: dict[str, Any] = {
    "who": OLGA,
    "where": DEFAULT_CHANNEL_ID,
    "role": DEFAULT_GUILD_ID,
    "hours": 2,
}
TITLES = [
    "Deep Learning Generalizes Because the Parameter-Function Map Is Biased",
    "Deep Graph Infomax",
    "Learning Deep Representations by Mutual Information Estimation",
    "The Lottery Ticket Hypothesis",
]


class Sample(commands.Cog):
    """One command per rule the simulator enforces."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="ping", description="Check the bot is alive")
    async def ping(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    @app_commands.command(name="pick", description="Pick sessions")
    @app_commands.choices(
        track=[Choice(name="Main track", value="main"), Choice(name="Workshops", value="workshop")]
    )
    async def pick(
        self,
        interaction: discord.Interaction,
        count: app_commands.Range[int, 1, 10],
        track: str,
        label: app_commands.Range[str, 2, 8] | None = None,
    ) -> None:
        await interaction.response.send_message(f"{count} from {track} {label}", ephemeral=True)

    remind = app_commands.Group(name="remind", description="Reminders")

    @remind.command(name="add", description="Add a reminder")
    async def remind_add(
        self, interaction: discord.Interaction, minutes: app_commands.Range[int, 1, 120], note: str
    ) -> None:
        await interaction.response.send_message(f"in {minutes} min: {note}", ephemeral=True)

    @app_commands.command(name="paper", description="Show a paper")
    async def paper(self, interaction: discord.Interaction, title: str) -> None:
        await interaction.response.send_message(f"Paper: {title}")

    @paper.autocomplete("title")
    async def paper_titles(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        matches = [t for t in TITLES if current.lower() in t.lower()]
        return [Choice(name=t, value=t) for t in matches][:25]

    @app_commands.command(name="flood", description="Autocomplete that breaks the limits")
    async def flood(self, interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message(topic)

    @flood.autocomplete("topic")
    async def flood_topics(
        self, interaction: discord.Interaction, current: str
    ) -> list[Choice[str]]:
        return [Choice(name="n" * 120 if i == 0 else f"topic {i}", value=str(i)) for i in range(30)]

    @app_commands.command(name="search", description="Defer, then follow up")
    async def search(self, interaction: discord.Interaction, query: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await asyncio.sleep(0)
        await interaction.followup.send(f"results for {query}")
        await interaction.followup.send("and one more thing")

    @app_commands.command(name="think", description="Defers and forgets")
    async def think(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)

    @app_commands.command(name="essay", description="Too long for Discord")
    async def essay(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 3000)

    @app_commands.command(name="twice", description="Responds twice")
    async def twice(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("one")
        await interaction.response.send_message("two")

    @app_commands.command(name="slow", description="Misses the response deadline")
    async def slow(self, interaction: discord.Interaction) -> None:
        await asyncio.sleep(DEADLINE * 2)
        await interaction.response.send_message("finally")

    @app_commands.command(name="silent", description="Never responds")
    async def silent(self, interaction: discord.Interaction) -> None:
        return None

    @app_commands.command(name="early", description="Follows up before responding")
    async def early(self, interaction: discord.Interaction) -> None:
        with contextlib.suppress(discord.NotFound):
            await interaction.followup.send("too early")
        await interaction.response.send_message("ok")

    @app_commands.command(name="dmme", description="Sends the schedule by DM")
    async def dmme(self, interaction: discord.Interaction) -> None:
        try:
            await interaction.user.send("Your schedule")
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"cannot DM you ({exc.code})", ephemeral=True)
        else:
            await interaction.response.send_message("Check your DMs", ephemeral=True)

    @app_commands.command(name="announce", description="Post in this channel")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def announce(self, interaction: discord.Interaction, text: str) -> None:
        assert isinstance(interaction.channel, discord.TextChannel)
        try:
            await interaction.channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.NotFound as exc:
            await interaction.response.send_message(f"channel gone ({exc.code})", ephemeral=True)
        else:
            await interaction.response.send_message("posted", ephemeral=True)

    @app_commands.command(name="invite", description="Every snowflake option type")
    async def invite(
        self,
        interaction: discord.Interaction,
        who: discord.Member,
        where: discord.TextChannel,
        role: discord.Role,
        hours: app_commands.Range[float, 0.5, 8.0],
    ) -> None:
        text = f"{who.display_name} to #{where.name} as {role.name} for {hours}h"
        await interaction.response.send_message(text)

    @app_commands.command(name="progress", description="Edits what it sent")
    async def progress(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("working")
        original = await interaction.original_response()
        await interaction.edit_original_response(content=f"{original.content}: done")
        step = await interaction.followup.send("step 1", wait=True)
        await step.edit(content="step 1 done")
        await interaction.delete_original_response()

    @app_commands.command(name="dmonly", description="Not offered in servers")
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=True)
    async def dmonly(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("dm")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if self.bot.user not in message.mentions or message.author.bot:
            return
        if message.content.endswith("boom"):
            raise RuntimeError("listener failed")
        await message.reply(f"Hi {message.author.name}!", mention_author=False)


class SampleBot(commands.Bot):
    def __init__(self, intents: discord.Intents | None = None) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents or discord.Intents.default(),
            help_command=None,
            allowed_mentions=discord.AllowedMentions(everyone=False, roles=False),
            max_ratelimit_timeout=30.0,
        )

    async def setup_hook(self) -> None:
        await self.add_cog(Sample(self))
        await self.tree.sync()

    async def on_command_error(
        self, context: commands.Context[Any], exception: commands.CommandError, /
    ) -> None:
        # Mentions are chat, not prefix commands; anything else is a real error.
        if not isinstance(exception, commands.CommandNotFound):
            await super().on_command_error(context, exception)


@pytest.fixture
async def offline() -> AsyncIterator[OfflineDiscord]:
    simulator = OfflineDiscord(SampleBot(), response_deadline=DEADLINE)
    await simulator.start()
    yield simulator
    await simulator.close()


def _channel(offline: OfflineDiscord, channel_id: int | None = None) -> discord.TextChannel:
    channel = offline.bot.get_channel(channel_id or offline.channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


def _original(error: BaseException) -> BaseException:
    return getattr(error, "original", error)


# ------------------------------------------------------------------------- canary


def test_discord_py_internals_are_where_offline_expects_them() -> None:
    problems = internals_problems()
    assert problems == [], (
        "discord.py moved internals bot/offline.py relies on; adapt it before trusting any "
        "offline test:\n  " + "\n  ".join(problems)
    )


def test_canary_names_a_moved_internal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(app_commands.CommandTree, "_call")
    assert internals_problems() == ["discord.app_commands.tree.CommandTree._call is missing"]


# ------------------------------------------------------------------------- start / close


async def test_start_logs_in_builds_the_guild_and_runs_setup_hook(offline: OfflineDiscord) -> None:
    bot = offline.bot
    assert bot.is_ready()
    assert bot.user is not None
    assert bot.user.bot
    guild = bot.get_guild(offline.guild_id)
    assert guild is not None
    assert guild.name == "ICLR 2019 (offline)"
    assert guild.me is not None
    assert guild.default_role.id == offline.guild_id
    assert _channel(offline).name == "general" == offline.channel_name(offline.channel_id)
    assert bot.get_cog("Sample") is not None
    assert offline.requests["PUT /applications/{application_id}/commands"] == 1
    assert (await bot.application_info()).owner.id == OWNER_USER_ID
    assert offline.user_name(bot.user.id) == bot.user.name


async def test_close_closes_the_bot_and_removes_the_capture() -> None:
    bot = SampleBot()
    async with OfflineDiscord(bot):
        assert "request" in vars(bot.http)
    assert bot.is_closed()
    assert "request" not in vars(bot.http)
    assert bot.get_cog("Sample") is None


# ------------------------------------------------------------------------- slash commands


async def test_simple_command_is_answered(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "ping")
    assert [(s.route, s.content, s.ephemeral, s.deferred) for s in sent] == [
        ("response", "pong", False, False)
    ]
    assert sent[0].channel_id == offline.channel_id
    # The bot's default allowed_mentions, exactly as discord.py put it in the request.
    assert sent[0].allowed_mentions == {"parse": ["users"], "replied_user": True}
    assert offline.transcript == sent
    assert offline.violations == []
    assert offline.user_name(ALICE.id) == "alice"


async def test_options_reach_the_command_with_their_declared_types(
    offline: OfflineDiscord,
) -> None:
    sent = await offline.slash(ALICE, "pick", {"count": 3, "track": "workshop", "label": "am"})
    assert [(s.content, s.ephemeral) for s in sent] == [("3 from workshop am", True)]


async def test_user_channel_role_and_number_options_are_resolved(
    offline: OfflineDiscord,
) -> None:
    sent = await offline.slash(ALICE, "invite", INVITE | {"hours": 1.5})
    assert [s.content for s in sent] == ["olga to #general as @everyone for 1.5h"]


async def test_edits_and_deletes_of_interaction_messages(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "progress")
    assert [(s.route, s.content) for s in sent] == [
        ("response", "working"),
        ("edit", "working: done"),
        ("followup", "step 1"),
        ("edit", "step 1 done"),
    ]
    assert offline.violations == []


async def test_group_subcommand(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "remind add", {"minutes": 15, "note": "poster session"})
    assert [s.content for s in sent] == ["in 15 min: poster session"]


@pytest.mark.parametrize(
    ("user", "command", "options", "fragment"),
    [
        (ALICE, "nosuch", {}, "unknown command /nosuch"),
        (ALICE, "ping", {"loud": True}, "unknown option(s) loud"),
        (ALICE, "pick", {"track": "main"}, "missing required option(s) count"),
        (ALICE, "pick", {"count": "3", "track": "main"}, "expects an integer"),
        (ALICE, "pick", {"count": True, "track": "main"}, "expects an integer"),
        (ALICE, "pick", {"count": 11, "track": "main"}, "must be at most 10 (got 11)"),
        (ALICE, "pick", {"count": 0, "track": "main"}, "must be at least 1 (got 0)"),
        (ALICE, "pick", {"count": 2, "track": "poster"}, "must be one of: 'main' (Main track)"),
        (ALICE, "pick", {"count": 2, "track": "main", "label": "x"}, "at least 2 characters"),
        (ALICE, "pick", {"count": 2, "track": "main", "label": "x" * 9}, "at most 8 characters"),
        (ALICE, "remind", {}, "is a group; choose one of: add"),
        (ALICE, "remind delete", {}, "has no subcommand 'delete'"),
        (ALICE, "announce", {"text": "hi"}, "hides /announce from members without manage_guild"),
        (ALICE, "dmonly", {}, "is not available in servers"),
        (ALICE, "invite", {**INVITE, "who": 4242}, "expects a user"),
        (ALICE, "invite", {**INVITE, "where": 4242}, "expects a channel"),
        (ALICE, "invite", {**INVITE, "role": 4242}, "expects a role"),
        (ALICE, "invite", {**INVITE, "hours": float("nan")}, "expects a number"),
        (ALICE, "invite", {**INVITE, "hours": 9}, "must be at most 8.0 (got 9)"),
    ],
)
async def test_client_side_refusals_raise_option_error(
    offline: OfflineDiscord, user: OfflineUser, command: str, options: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(OptionError) as caught:
        await offline.slash(user, command, options)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert offline.transcript == []


async def test_defer_then_follow_ups(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "search", {"query": "graphs"})
    assert [(s.route, s.content, s.ephemeral, s.deferred) for s in sent] == [
        ("response", None, True, True),
        # The first follow-up replaces the "thinking..." message and inherits its visibility.
        ("followup", "results for graphs", True, False),
        ("followup", "and one more thing", False, False),
    ]
    assert offline.violations == []


async def test_content_over_2000_is_rejected_with_invalid_form_body(
    offline: OfflineDiscord,
) -> None:
    assert await offline.slash(ALICE, "essay") == []
    assert len(offline.violations) == 1
    assert "50035" in offline.violations[0]
    assert "data.content" in offline.violations[0]
    [(where, error)] = offline.errors
    rejected = _original(error)
    assert where == "/essay"
    assert isinstance(rejected, DiscordRejected)
    assert (rejected.status, rejected.code) == (400, 50035)


async def test_second_initial_response_is_a_violation(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "twice")
    assert [s.content for s in sent] == ["one"]
    assert len(offline.violations) == 1
    assert "40060" in offline.violations[0]
    assert isinstance(_original(offline.errors[0][1]), discord.InteractionResponded)


async def test_response_after_the_deadline_is_unknown_interaction(
    offline: OfflineDiscord,
) -> None:
    assert await offline.slash(ALICE, "slow") == []
    assert len(offline.violations) == 1
    assert "10062" in offline.violations[0]
    late = _original(offline.errors[0][1])
    assert isinstance(late, discord.NotFound)
    assert isinstance(late, DiscordRejected)
    assert late.code == 10062


async def test_no_response_at_all_is_recorded(offline: OfflineDiscord) -> None:
    assert await offline.slash(ALICE, "silent") == []
    assert offline.violations == [
        "/silent by alice: no initial response within 0.25 s; "
        "the user sees 'The application did not respond'"
    ]


async def test_defer_never_completed_is_recorded(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "/think")
    assert [(s.route, s.deferred) for s in sent] == [("response", True)]
    assert offline.violations == [
        "/think by alice: deferred with thinking but never followed up or edited; the user "
        "sees 'is thinking...' until the interaction expires"
    ]


async def test_follow_up_before_initial_response_is_refused(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "early")
    assert [s.content for s in sent] == ["ok"]
    assert len(offline.violations) == 1
    assert "10015" in offline.violations[0]


async def test_permission_checks_run_in_the_real_tree(offline: OfflineDiscord) -> None:
    sent = await offline.slash(OLGA, "announce", {"text": "Keynote @everyone"})
    assert [(s.route, s.content) for s in sent] == [
        ("channel", "Keynote @everyone"),
        ("response", "posted"),
    ]
    assert sent[0].allowed_mentions == {"parse": []}


# ------------------------------------------------------------------------- autocomplete


async def test_autocomplete_returns_the_choices(offline: OfflineDiscord) -> None:
    choices = await offline.autocomplete(ALICE, "paper", {"title": "deep"}, "title")
    assert [c["value"] for c in choices] == TITLES[:3]
    assert offline.transcript[-1].route == "autocomplete"
    assert offline.violations == []


async def test_autocomplete_limits(offline: OfflineDiscord) -> None:
    assert await offline.autocomplete(ALICE, "flood", {"topic": ""}, "topic") == []
    [violation] = offline.violations
    assert "data.choices: Must be 25 or fewer" in violation
    assert "data.choices.0.name: Must be 100 or fewer" in violation


async def test_autocomplete_needs_an_autocompleted_option(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError, match="has no autocomplete"):
        await offline.autocomplete(ALICE, "pick", {}, "track")


# ------------------------------------------------------------------------- mentions and DMs


async def test_mention_reaches_on_message_and_reply_pings_nobody(offline: OfflineDiscord) -> None:
    sent = await offline.mention(ALICE, "hello there")
    assert [(s.route, s.content) for s in sent] == [("channel", "Hi alice!")]
    assert sent[0].allowed_mentions == {"parse": ["users"], "replied_user": False}


async def test_errors_in_listeners_are_kept(offline: OfflineDiscord) -> None:
    assert await offline.mention(ALICE, "boom") == []
    [(where, error)] = offline.errors
    assert where == "on_message"
    assert isinstance(error, RuntimeError)


async def test_command_can_dm_the_user(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "dmme")
    assert [(s.route, s.content, s.recipient_id) for s in sent] == [
        ("dm", "Your schedule", ALICE.id),
        ("response", "Check your DMs", None),
    ]
    assert sent[0].channel_id is not None
    assert offline.channel_name(sent[0].channel_id) == "DM with alice"


async def test_injected_403_on_dm_reaches_the_bot_as_forbidden(offline: OfflineDiscord) -> None:
    offline.inject_fault(
        route="dm", status=403, code=50007, message="Cannot send messages to this user"
    )
    sent = await offline.slash(ALICE, "dmme")
    assert [s.content for s in sent] == ["cannot DM you (50007)"]
    assert offline.requests["dm"] == 1
    assert offline.violations == []


async def test_closed_dms_answer_50007(offline: OfflineDiscord) -> None:
    offline.close_dms(ALICE.id)
    sent = await offline.slash(ALICE, "dmme")
    assert [s.content for s in sent] == ["cannot DM you (50007)"]


async def test_background_dm_to_a_fetched_user(offline: OfflineDiscord) -> None:
    offline.add_user(ALICE)
    user = await offline.bot.fetch_user(ALICE.id)
    await user.send("Your poster session starts in 10 minutes")
    await user.send("Room B")
    assert [(s.route, s.recipient_id) for s in offline.transcript] == [("dm", ALICE.id)] * 2
    assert offline.requests["create_dm"] == 1


# ------------------------------------------------------------------------- channel sends


async def test_background_channel_send_is_in_the_transcript(
    offline: OfflineDiscord, tmp_path: Path
) -> None:
    schedule = tmp_path / "schedule.ics"
    schedule.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    channel = _channel(offline)
    async with channel.typing():
        message = await channel.send("Keynote in 10 minutes", file=discord.File(schedule))
    await message.edit(content="Keynote in 5 minutes")
    assert (await channel.fetch_message(message.id)).content == "Keynote in 5 minutes"
    await message.edit(attachments=[])
    await message.delete()
    with pytest.raises(discord.NotFound):
        await channel.fetch_message(message.id)
    assert [(s.route, s.content, s.attachments) for s in offline.transcript] == [
        ("channel", "Keynote in 10 minutes", ["schedule.ics"]),
        ("edit", "Keynote in 5 minutes", ["schedule.ics"]),
        ("edit", "Keynote in 5 minutes", []),
    ]
    assert offline.transcript[0].nonce is not None
    assert offline.violations == []


async def test_fetches_answer_like_discord(offline: OfflineDiscord) -> None:
    guild = offline.bot.get_guild(offline.guild_id)
    assert guild is not None
    fetched = await offline.bot.fetch_channel(offline.channel_id)
    assert isinstance(fetched, discord.TextChannel)
    assert fetched.name == "general"
    offline.add_user(OLGA)
    member = await guild.fetch_member(OLGA.id)
    assert member.guild_permissions.manage_guild
    with pytest.raises(discord.NotFound):
        await guild.fetch_member(4242)
    with pytest.raises(discord.NotFound):
        await offline.bot.fetch_user(4242)


async def test_deleted_channel_answers_unknown_channel(offline: OfflineDiscord) -> None:
    offline.delete_channel(offline.channel_id)
    sent = await offline.slash(OLGA, "announce", {"text": "Lunch"})
    assert [s.content for s in sent] == ["channel gone (10003)"]


async def test_added_channel_can_be_posted_to(offline: OfflineDiscord) -> None:
    channel_id = offline.add_text_channel("announcements")
    await _channel(offline, channel_id).send("Welcome")
    assert offline.transcript[0].channel_id == channel_id
    assert offline.channel_name(channel_id) == "announcements"


def _embed_with(**changes: Any) -> discord.Embed:
    embed = discord.Embed(title=changes.pop("title", "ok"))
    for index in range(changes.pop("fields", 0)):
        embed.add_field(name=f"f{index}", value="v")
    if "description" in changes:
        embed.description = changes.pop("description")
    return embed


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"embed": _embed_with(title="t" * 257)}, "embeds.0.title: Must be 256 or fewer"),
        ({"embed": _embed_with(description="d" * 4097)}, "embeds.0.description"),
        ({"embed": _embed_with(fields=26)}, "embeds.0.fields: Must be 25 or fewer"),
        (
            {"embeds": [_embed_with(description="d" * 4000) for _ in range(2)]},
            "Embed size exceeds maximum size of 6000",
        ),
        ({"content": "   "}, "50006"),
    ],
)
async def test_embed_limits_and_empty_messages(
    offline: OfflineDiscord, kwargs: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(DiscordRejected) as caught:
        await _channel(offline).send(**kwargs)
    assert caught.value.status == 400
    assert fragment in offline.violations[0]
    assert offline.transcript == []


# ------------------------------------------------------------------------- faults


async def test_5xx_after_creation_then_error_reaches_the_bot(offline: OfflineDiscord) -> None:
    # 503 is not one of the statuses discord.py retries, so the bot sees it at once.
    offline.inject_fault(route="channel", status=503, after_create=True)
    with pytest.raises(discord.DiscordServerError):
        await _channel(offline).send("Doors open")
    assert [s.content for s in offline.transcript] == ["Doors open"]


async def test_retried_500_after_creation_is_deduplicated_by_the_nonce(
    offline: OfflineDiscord,
) -> None:
    offline.inject_fault(route="channel", status=500, after_create=True)
    await _channel(offline).send("Doors open")
    assert [s.content for s in offline.transcript] == ["Doors open"]
    assert offline.requests["channel"] == 2


async def test_retried_follow_up_without_nonce_is_duplicated(offline: OfflineDiscord) -> None:
    offline.inject_fault(route="followup", status=502, after_create=True)
    sent = await offline.slash(ALICE, "search", {"query": "x"})
    assert [s.content for s in sent if s.route == "followup"] == [
        "results for x",
        "results for x",
        "and one more thing",
    ]


async def test_persistent_5xx_surfaces_after_discord_py_gives_up(offline: OfflineDiscord) -> None:
    offline.inject_fault(route="channel", status=500, times=5)
    with pytest.raises(discord.DiscordServerError):
        await _channel(offline).send("Doors open")
    assert offline.requests["channel"] == 5
    assert offline.transcript == []


async def test_rate_limit_is_waited_out_on_a_virtual_clock(offline: OfflineDiscord) -> None:
    offline.inject_fault(route="channel", status=429, retry_after=2.0)
    await _channel(offline).send("after the wait")
    assert offline.requests["channel"] == 2
    offline.inject_fault(route="channel", status=429, retry_after=60.0)
    with pytest.raises(discord.RateLimited):
        await _channel(offline).send("too long a wait")


async def test_rate_limited_response_misses_the_deadline(offline: OfflineDiscord) -> None:
    offline.inject_fault(route="response", status=429, retry_after=5.0)
    assert await offline.slash(ALICE, "ping") == []
    assert "10062" in offline.violations[0]
    assert offline.requests["response"] == 2


def test_inject_fault_refuses_unknown_routes() -> None:
    simulator = OfflineDiscord(SampleBot())
    with pytest.raises(ValueError, match="unknown route"):
        simulator.inject_fault(route="chanel", status=500)


# ------------------------------------------------------------------------- gaps and caches


async def test_unsimulated_routes_are_loud(offline: OfflineDiscord) -> None:
    with pytest.raises(discord.NotFound):
        await offline.bot.fetch_guild(offline.guild_id)
    assert offline.violations == [
        "not simulated offline: GET /guilds/{guild_id} (extend bot/offline.py)"
    ]


@pytest.mark.parametrize("members_intent", [False, True])
async def test_member_cache_follows_the_intents(members_intent: bool) -> None:
    intents = discord.Intents.default()
    intents.members = members_intent
    async with OfflineDiscord(SampleBot(intents)) as simulator:
        simulator.add_user(ALICE)
        guild = simulator.bot.get_guild(simulator.guild_id)
        assert guild is not None
        assert (guild.get_member(ALICE.id) is not None) is members_intent


def test_sent_defaults() -> None:
    sent = Sent("channel", 1, "hi", [], False, None, None, None)
    assert (sent.deferred, sent.recipient_id, sent.attachments) == (False, None, [])
