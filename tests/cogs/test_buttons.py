"""Buttons under /paper and /session answers: "Add to agenda" and "Remind me", answered
privately, and still working for a bot started again on the same database."""

from __future__ import annotations

from pathlib import Path

from bot.clock import ManualClock
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, Sent
from tests.cogs.conftest import ATTENDEE, OTHER_ATTENDEE, StartBot, only_reply, text_of

PAPER = {"query": "Learning deep representations by mutual information estimation"}
"""Presented twice on Wednesday, at an oral session and a poster session; the clock says
Tuesday."""
PAST_PAPER = {"query": "lottery ticket"}
"""Presented on Monday."""


def labels(sent: Sent) -> list[str]:
    return [button["label"] for row in sent.components for button in row["components"]]


async def click(offline: OfflineDiscord, on: Sent, label: str) -> Sent:
    return only_reply(await offline.click(ATTENDEE, on, label))


async def test_a_paper_answer_carries_both_buttons(offline: OfflineDiscord) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    assert labels(answer) == ["Add to agenda", "Remind me"]


async def test_add_to_agenda_puts_the_papers_session_on_the_agenda(
    offline: OfflineDiscord,
) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    reply = await click(offline, answer, "Add to agenda")
    assert reply.ephemeral
    assert reply.embeds[0]["title"] == (
        "Added to your agenda: Learning deep representations by mutual information "
        "estimation and maximization"
    )
    agenda = text_of(await offline.slash(ATTENDEE, "agenda show", {"day": "Wednesday"}))
    assert "Wednesday morning orals" in agenda
    assert "Poster session: reinforcement learning" in agenda


async def test_clicking_add_twice_says_it_is_already_there(offline: OfflineDiscord) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    await click(offline, answer, "Add to agenda")
    again = await click(offline, answer, "Add to agenda")
    assert again.embeds[0]["title"].startswith("Already on your agenda")
    assert "nothing changed" in text_of([again])


async def test_remind_me_subscribes_with_the_default_lead(offline: OfflineDiscord) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    reply = await click(offline, answer, "Remind me")
    assert reply.ephemeral
    assert reply.embeds[0]["title"] == "Reminder set"
    assert "10 minutes before, by DM" in text_of([reply])
    again = await click(offline, answer, "Remind me")
    assert again.embeds[0]["title"] == "You already had this reminder"
    listing = text_of(await offline.slash(ATTENDEE, "remind list"))
    assert "mutual information" in listing


async def test_each_clicker_gets_their_own_agenda(offline: OfflineDiscord) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    await click(offline, answer, "Add to agenda")
    theirs = only_reply(await offline.click(OTHER_ATTENDEE, answer, "Add to agenda"))
    assert theirs.embeds[0]["title"].startswith("Added to your agenda")


async def test_a_session_answer_carries_the_buttons_too(offline: OfflineDiscord) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "session", {"name": "Poster session: GANs"}))
    assert labels(answer) == ["Add to agenda", "Remind me"]
    reply = await click(offline, answer, "Add to agenda")
    assert reply.embeds[0]["title"] == "Added to your agenda: Poster session: GANs"


async def test_remind_me_for_a_paper_already_presented_says_why(
    offline: OfflineDiscord,
) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAST_PAPER))
    reply = await click(offline, answer, "Remind me")
    assert reply.ephemeral
    assert "has already started: there is nothing to remind" in text_of([reply])


async def test_the_buttons_work_after_a_restart(
    offline: OfflineDiscord,
    database_url: str,
    data_dir: Path,
    clock: ManualClock,
    start_bot: StartBot,
) -> None:
    answer = only_reply(await offline.slash(ATTENDEE, "paper", PAPER))
    await click(offline, answer, "Add to agenda")
    await offline.close()
    later = await start_bot(await open_store(database_url, data_dir), clock, database_url)
    later.keep_messages_of(offline)
    again = only_reply(await later.click(ATTENDEE, answer, "Add to agenda"))
    assert again.embeds[0]["title"].startswith("Already on your agenda")
    reminded = only_reply(await later.click(ATTENDEE, answer, "Remind me"))
    assert reminded.embeds[0]["title"] == "Reminder set"
