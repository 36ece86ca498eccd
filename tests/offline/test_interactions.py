"""The interaction protocol: one initial response in time, follow-ups and edits after it."""

from __future__ import annotations

import discord

from bot.offline import DiscordRejected, OfflineDiscord
from tests.offline.conftest import ALICE, TITLES, original


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


async def test_the_original_response_can_be_edited(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "progress")
    assert [(s.route, s.content) for s in sent] == [
        ("response", "working"),
        ("edit", "working: done"),
    ]
    assert sent[0].message_id == sent[1].message_id
    assert offline.violations == []


async def test_defer_then_follow_ups(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "search", {"query": "graphs"})
    assert [(s.route, s.content, s.ephemeral, s.deferred) for s in sent] == [
        ("response", None, True, True),
        # The first follow-up replaces the "thinking..." message and inherits its visibility.
        ("followup", "results for graphs", True, False),
        ("followup", "and one more thing", False, False),
    ]
    assert offline.violations == []


async def test_second_initial_response_is_a_violation(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "twice")
    assert [s.content for s in sent] == ["one"]
    assert len(offline.violations) == 1
    assert "40060" in offline.violations[0]
    assert isinstance(original(offline.errors[0][1]), discord.InteractionResponded)


async def test_response_after_the_deadline_is_unknown_interaction(
    offline: OfflineDiscord,
) -> None:
    assert await offline.slash(ALICE, "slow") == []
    assert len(offline.violations) == 1
    assert "10062" in offline.violations[0]
    late = original(offline.errors[0][1])
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


async def test_autocomplete_returns_the_choices(offline: OfflineDiscord) -> None:
    choices = await offline.autocomplete(ALICE, "paper", {"title": "deep"}, "title")
    assert [c["value"] for c in choices] == TITLES[:3]
    assert offline.transcript[-1].route == "autocomplete"
    assert offline.violations == []
