"""Mentioning the bot in chat gets an answer in the channel, routed to the right question."""

from __future__ import annotations

import pytest

from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, assert_pings_nobody, text_of


async def test_summarise_a_paper(offline: OfflineDiscord) -> None:
    sent = await offline.mention(ATTENDEE, "summarise the lottery ticket paper")
    assert [message.route for message in sent] == ["channel"]
    assert "The Lottery Ticket Hypothesis" in text_of(sent)
    assert "Jonathan Frankle" in text_of(sent)


async def test_when_are_the_rl_posters(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "when are the RL posters?"))
    assert "Poster session: reinforcement learning" in text
    assert "SPiRL" not in text, "only poster sessions are listed"


async def test_whats_on_now(offline: OfflineDiscord) -> None:
    assert "Poster session: GANs" in text_of(await offline.mention(ATTENDEE, "what's on now?"))


async def test_whats_next_also_shows_what_runs_now(offline: OfflineDiscord) -> None:
    (message,) = await offline.mention(ATTENDEE, "what's next?")
    (embed,) = message.embeds
    fields = {field["name"]: field["value"] for field in embed["fields"]}

    assert "Poster session: GANs" in fields["On now"]
    assert "Next" in fields


async def test_schedule_for_a_day(offline: OfflineDiscord) -> None:
    assert "Thursday 9 May" in text_of(await offline.mention(ATTENDEE, "schedule for thursday"))


async def test_an_empty_mention_gets_the_help(offline: OfflineDiscord) -> None:
    assert "Slash commands" in text_of(await offline.mention(ATTENDEE, ""))


async def test_gibberish_gets_a_helpful_answer(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "qwzx plorf"))
    assert "No paper matches" in text


@pytest.mark.parametrize("text", ["@everyone look", "<@&123> posters", "<@456> BigGAN"])
async def test_replies_never_ping_anyone(offline: OfflineDiscord, text: str) -> None:
    sent = await offline.mention(ATTENDEE, text)
    assert sent
    for message in sent:
        assert_pings_nobody(message)


async def test_a_message_that_does_not_mention_the_bot_is_ignored(
    offline: OfflineDiscord,
) -> None:
    assert await offline.message(ATTENDEE, "when are the RL posters?") == []
    assert offline.transcript == []
