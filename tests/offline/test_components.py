"""Buttons: a click reaches the bot through discord.py's view store, and a message whose
components break Discord's limits is refused whole."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.offline import OfflineDiscord, OfflineUser, OptionError
from bot.offline.component_checks import components_problems
from tests.offline.conftest import ALICE, DEADLINE, text_channel

BOB = OfflineUser(1003, "bob")


class Star(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"star:(?P<name>\w+)"):
    """A persistent button: found again from its custom_id alone, as after a restart."""

    def __init__(self, name: str) -> None:
        super().__init__(discord.ui.Button(label=f"Star {name}", custom_id=f"star:{name}"))
        self.name = name

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> Star:
        return cls(match["name"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"starred {self.name}", ephemeral=True)


def _view(*items: discord.ui.Item[Any]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


class Buttons(commands.Cog):
    @app_commands.command(name="talk", description="A talk with a star button and a link")
    async def talk(self, interaction: discord.Interaction) -> None:
        link = discord.ui.Button[Any](label="Slides", url="https://example.org/slides")
        await interaction.response.send_message("A talk", view=_view(Star("gans"), link))

    @app_commands.command(name="forgotten", description="A button nobody handles")
    async def forgotten(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            "A button", view=_view(discord.ui.Button(label="Lost", custom_id="lost:1"))
        )

    @app_commands.command(name="crowded", description="Two buttons with one custom_id")
    async def crowded(self, interaction: discord.Interaction) -> None:
        twins = [discord.ui.Button[Any](label=f"Twin {n}", custom_id="twin") for n in (1, 2)]
        await interaction.response.send_message("Twins", view=_view(*twins))

    @app_commands.command(name="posted", description="Posts a star in the channel")
    async def posted(self, interaction: discord.Interaction) -> None:
        assert isinstance(interaction.channel, discord.TextChannel)
        await interaction.channel.send("Posted", view=_view(Star("posters")))
        await interaction.response.send_message("done", ephemeral=True)


class ButtonBot(commands.Bot):
    def __init__(self) -> None:
        super().__init__(command_prefix="!", intents=discord.Intents.default(), help_command=None)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(Star)
        await self.add_cog(Buttons())


@pytest.fixture
async def offline() -> AsyncIterator[OfflineDiscord]:
    harness = OfflineDiscord(ButtonBot(), response_deadline=DEADLINE)
    await harness.start()
    yield harness
    await harness.close()


async def test_a_click_runs_the_buttons_callback(offline: OfflineDiscord) -> None:
    [answer] = await offline.slash(ALICE, "talk")
    assert [b["label"] for row in answer.components for b in row["components"]] == [
        "Star gans",
        "Slides",
    ]
    sent = await offline.click(BOB, answer, "star gans")
    assert [(s.route, s.content, s.ephemeral) for s in sent] == [("response", "starred gans", True)]
    assert offline.violations == []


async def test_a_persistent_button_works_for_a_new_bot(offline: OfflineDiscord) -> None:
    [answer] = await offline.slash(ALICE, "talk")
    later = OfflineDiscord(ButtonBot(), response_deadline=DEADLINE)
    await later.start()
    try:
        later.keep_messages_of(offline)
        sent = await later.click(ALICE, answer, 1)
        assert [s.content for s in sent] == ["starred gans"]
        assert later.violations == []
    finally:
        await later.close()


async def test_a_button_on_a_channel_post_can_be_clicked(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "posted")
    post = next(s for s in sent if s.route == "channel")
    assert text_channel(offline).id == post.channel_id
    assert [s.content for s in await offline.click(BOB, post, "Star posters")] == [
        "starred posters"
    ]


async def test_a_button_nobody_handles_fails_for_the_user(offline: OfflineDiscord) -> None:
    [answer] = await offline.slash(ALICE, "forgotten")
    assert await offline.click(ALICE, answer, "Lost") == []
    assert offline.violations == [
        f"click 'Lost' by alice: no initial response within {DEADLINE:g} s; "
        "the user sees 'This interaction failed'"
    ]


async def test_only_buttons_the_message_shows_can_be_pressed(offline: OfflineDiscord) -> None:
    [answer] = await offline.slash(ALICE, "talk")
    with pytest.raises(OptionError, match="is a link"):
        await offline.click(ALICE, answer, "Slides")
    with pytest.raises(OptionError, match="no button labelled 'Bookmark'"):
        await offline.click(ALICE, answer, "Bookmark")
    with pytest.raises(OptionError, match="there is no button 3"):
        await offline.click(ALICE, answer, 3)


async def test_duplicate_custom_ids_lose_the_whole_message(offline: OfflineDiscord) -> None:
    assert await offline.slash(ALICE, "crowded") == []
    assert len(offline.violations) == 1
    assert "50035" in offline.violations[0]
    assert "Component custom id cannot be duplicated" in offline.violations[0]


def _button(label: str = "Go", custom_id: str | None = "go", **extra: Any) -> dict[str, Any]:
    button: dict[str, Any] = {"type": 2, "style": 1, "label": label} | extra
    if custom_id is not None:
        button["custom_id"] = custom_id
    return button


def _row(*buttons: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(buttons)}


def _codes(components: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(path, code) for path, code, _ in components_problems(components)]


def test_components_within_every_limit_pass() -> None:
    rows = [_row(*(_button(custom_id=f"b{r}{n}") for n in range(5))) for r in range(5)]
    rows[0]["components"][0] = _button("L" * 80, "c" * 100)
    rows[1]["components"][0] = _button("Site", None, style=5, url="https://example.org")
    assert components_problems(rows) == []


def test_a_sixth_row_is_refused() -> None:
    rows = [_row(_button(custom_id=f"b{n}")) for n in range(6)]
    assert _codes(rows) == [("components", "BASE_TYPE_MAX_LENGTH")]


def test_a_sixth_button_in_a_row_is_refused() -> None:
    row = _row(*(_button(custom_id=f"b{n}") for n in range(6)))
    assert _codes([row]) == [("components.0.components", "BASE_TYPE_MAX_LENGTH")]


def test_a_label_past_80_characters_is_refused() -> None:
    assert _codes([_row(_button("L" * 81))]) == [
        ("components.0.components.0.label", "BASE_TYPE_MAX_LENGTH")
    ]


def test_a_custom_id_past_100_characters_is_refused() -> None:
    assert _codes([_row(_button(custom_id="c" * 101))]) == [
        ("components.0.components.0.custom_id", "BASE_TYPE_MAX_LENGTH")
    ]


def test_custom_ids_are_unique_across_rows() -> None:
    assert _codes([_row(_button()), _row(_button())]) == [
        ("components.1.components.0.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED")
    ]


def test_a_link_button_has_a_url_and_no_custom_id() -> None:
    assert _codes([_row(_button(style=5))]) == [
        ("components.0.components.0.url", "BASE_TYPE_REQUIRED"),
        ("components.0.components.0.custom_id", "BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID"),
    ]


def test_any_other_button_has_a_custom_id() -> None:
    assert _codes([_row(_button(custom_id=None))]) == [
        ("components.0.components.0.custom_id", "BASE_TYPE_REQUIRED")
    ]


def test_buttons_sit_in_action_rows() -> None:
    assert _codes([_button()]) == [("components.0.type", "COMPONENT_LAYOUT_INVALID")]
