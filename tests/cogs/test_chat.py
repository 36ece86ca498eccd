"""Mentioning the bot in chat gets an answer in the channel, routed to the right question."""

from __future__ import annotations

import re

import pytest

from bot.chat import persistence as vocabulary
from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, OTHER_ATTENDEE, assert_pings_nobody, text_of


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


async def test_gibberish_is_told_it_was_not_understood_not_shown_a_paper(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "qwzx plorf"))
    assert "not sure what you're asking" in text
    assert "Authors" not in text


async def test_a_question_nothing_matches_says_so_and_shows_no_paper(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "what about sourdough starters with rye flour?"))
    assert "No paper matches" in text
    assert "Authors" not in text


async def test_a_question_nothing_matches_is_answered_not_reported_as_a_failure(
    offline: OfflineDiscord,
) -> None:
    (message,) = await offline.mention(ATTENDEE, "papers about pickling cucumbers?")
    (embed,) = message.embeds
    assert embed["title"] == "Nothing matches"
    assert "No paper matches" in embed["description"]


async def test_a_misspelt_author_is_corrected_out_loud(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "any papers by Hinton?"))
    assert "No paper by “Hinton”; did you mean" in text
    assert "Zachary C. Lipton" in text
    assert "Projecting Superficial Statistics" not in text, "no silent correction"


async def test_small_talk_gets_a_short_friendly_line(offline: OfflineDiscord) -> None:
    (reply,) = await offline.mention(ATTENDEE, "good bot")
    assert reply.content
    assert not reply.embeds


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


async def test_a_question_in_a_dm_needs_no_mention(offline: OfflineDiscord) -> None:
    sent = await offline.direct_message(ATTENDEE, "when does Ian Goodfellow speak?")
    assert [message.route for message in sent] == ["dm"]
    assert "Invited talk: Ian Goodfellow" in text_of(sent)


async def test_a_reply_to_the_bot_that_asks_nothing_is_left_alone(
    offline: OfflineDiscord,
) -> None:
    (answer,) = await offline.mention(ATTENDEE, "where is the debate?")
    assert await offline.reply(ATTENDEE, answer, "thanks, see you there!") == []


async def test_a_reply_to_the_bot_that_asks_something_is_answered(
    offline: OfflineDiscord,
) -> None:
    (answer,) = await offline.mention(ATTENDEE, "where is the debate?")
    text = text_of(await offline.reply(ATTENDEE, answer, "and when does Bottou speak?"))
    assert "Invited talk: Léon Bottou" in text


async def test_a_reply_that_does_not_ping_the_bot_is_not_read(offline: OfflineDiscord) -> None:
    (answer,) = await offline.mention(ATTENDEE, "where is the debate?")
    assert await offline.reply(ATTENDEE, answer, "what's on now?", ping=False) == []


@pytest.mark.parametrize(
    "text", ["<@456> qwzx plorf", "<@&123> zzzz?", "@everyone look at qwzx", "<#789> plorf?"]
)
async def test_an_answer_never_echoes_a_mention_token(offline: OfflineDiscord, text: str) -> None:
    shown = text_of(await offline.mention(ATTENDEE, text))
    assert "<@" not in shown
    assert "<#" not in shown
    assert "@everyone" not in shown


async def test_an_author_asked_for_by_surname_gets_their_papers(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "papers by Frankle"))
    assert "Jonathan Frankle at ICLR 2019" in text
    assert "The Lottery Ticket Hypothesis" in text


async def test_without_author_names_in_memory_an_author_is_still_found_by_name(
    offline: OfflineDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vocabulary, "AUTHORS_IN_MEMORY", 100)
    text = text_of(await offline.mention(ATTENDEE, "any papers by Jonathan Frankle?"))
    assert "The Lottery Ticket Hypothesis" in text


async def test_a_reply_to_an_answer_is_read_in_its_context(offline: OfflineDiscord) -> None:
    (answer,) = await offline.mention(ATTENDEE, "who's giving the keynote on tuesday afternoon")
    assert "Goodfellow" in text_of([answer])
    text = text_of(await offline.reply(ATTENDEE, answer, "what's it called?"))
    assert "Adversarial Machine Learning" in text


async def test_a_reply_changing_one_constraint_asks_again(offline: OfflineDiscord) -> None:
    (answer,) = await offline.mention(ATTENDEE, "when are the GAN posters")
    text = text_of(await offline.reply(ATTENDEE, answer, "and the RL ones?"))
    assert "Poster session: reinforcement learning" in text


async def test_a_bare_follow_up_counts_for_the_same_person_only(
    offline: OfflineDiscord,
) -> None:
    await offline.mention(ATTENDEE, "summarise the lottery ticket paper")
    assert "Jonathan Frankle" in text_of(await offline.mention(ATTENDEE, "who wrote that?"))
    other = text_of(await offline.mention(OTHER_ATTENDEE, "who wrote that?"))
    assert "Jonathan Frankle" not in other


@pytest.mark.parametrize(
    "question", ["papers from google brain", "papers by google brain", "anything from deepmind"]
)
async def test_papers_from_a_lab_are_those_its_authors_list_it_on(
    offline: OfflineDiscord, question: str
) -> None:
    text = text_of(await offline.mention(ATTENDEE, question))
    lab = "DeepMind" if "deepmind" in question else "Google Brain"
    assert f"{lab} at ICLR 2019" in text
    assert "Industry expo" not in text
    listed = re.search(r"^(\d+) papers$", text, re.M)
    assert listed
    assert int(listed.group(1)) >= 30


async def test_a_lab_word_in_a_session_title_does_not_name_the_session_alone(
    offline: OfflineDiscord,
) -> None:
    assert "Industry expo" in text_of(await offline.mention(ATTENDEE, "when is the google expo"))
