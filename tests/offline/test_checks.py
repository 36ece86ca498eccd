"""What Discord refuses: message and embed limits, empty messages, autocomplete choices."""

from __future__ import annotations

from typing import Any

import discord
import pytest

from bot.discord import limits
from bot.offline import DiscordRejected, OfflineDiscord
from bot.offline.checks import choice_problems, error_body, message_problems
from tests.offline.conftest import ALICE, original, text_channel


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
        await text_channel(offline).send(**kwargs)
    assert caught.value.status == 400
    assert fragment in offline.violations[0]
    assert offline.transcript == []


async def test_content_over_2000_is_rejected_with_invalid_form_body(
    offline: OfflineDiscord,
) -> None:
    assert await offline.slash(ALICE, "essay") == []
    assert len(offline.violations) == 1
    assert "50035" in offline.violations[0]
    assert "data.content" in offline.violations[0]
    [(where, error)] = offline.errors
    rejected = original(error)
    assert where == "/essay"
    assert isinstance(rejected, DiscordRejected)
    assert (rejected.status, rejected.code) == (400, 50035)


async def test_autocomplete_limits(offline: OfflineDiscord) -> None:
    assert await offline.autocomplete(ALICE, "flood", {"topic": ""}, "topic") == []
    [violation] = offline.violations
    assert "data.choices: Must be 25 or fewer" in violation
    assert "data.choices.0.name: Must be 100 or fewer" in violation


def test_the_limits_are_the_renderers_limits() -> None:
    at_limit = {"content": "x" * limits.CONTENT, "nonce": "n" * limits.NONCE}
    assert message_problems(at_limit) == []
    over = {"content": "x" * (limits.CONTENT + 1)}
    assert [path for path, _, _ in message_problems(over, "data.")] == ["data.content"]
    assert choice_problems([{"name": "n" * limits.CHOICE_TEXT, "value": "v"}]) == []


def test_blank_embed_fields_are_required() -> None:
    embed = {"title": "t", "fields": [{"name": " ", "value": "v"}]}
    assert message_problems({"embeds": [embed]}) == [
        ("embeds.0.fields.0.name", "BASE_TYPE_REQUIRED", "This field is required")
    ]


def test_error_bodies_nest_problems_as_discord_does() -> None:
    body = error_body(50035, "Invalid Form Body", [("data.content", "CODE", "too long")])
    assert body == {
        "code": 50035,
        "message": "Invalid Form Body",
        "errors": {"data": {"content": {"_errors": [{"code": "CODE", "message": "too long"}]}}},
    }
    assert error_body(10003, "Unknown Channel") == {"code": 10003, "message": "Unknown Channel"}
