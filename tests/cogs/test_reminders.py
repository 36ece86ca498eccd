"""/remind through the real command tree: private replies, confirmations with Discord
timestamps, autocomplete that fits Discord, and only ever your own reminders."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest

from bot.clock import ManualClock
from bot.offline import OfflineDiscord, OptionError
from tests.cogs.conftest import ATTENDEE, OTHER_ATTENDEE, only_reply, text_of

Venue = Callable[[str], datetime]
TIMESTAMP = re.compile(r"<t:\d+:[fFtTdDR]>")


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    """Tuesday 7 May 2019, 08:30: the morning keynote is still ahead."""
    return ManualClock(venue("2019-05-07T08:30"))


async def add(offline: OfflineDiscord, user: object = ATTENDEE, **options: object) -> str:
    sent = await offline.slash(user, "remind add", options)  # type: ignore[arg-type]
    reply = only_reply(sent)
    assert reply.ephemeral
    return text_of([reply])


def reminder_ids(text: str) -> list[int]:
    return [int(found) for found in re.findall(r"#(\d+)`", text)]


async def test_add_defers_privately_and_confirms_what_and_when(
    offline: OfflineDiscord, venue: Venue
) -> None:
    sent = await offline.slash(ATTENDEE, "remind add", {"target": "keynotes", "minutes": 10})
    assert sent[0].route == "response"
    assert sent[0].deferred
    assert sent[0].ephemeral
    text = text_of([only_reply(sent)])
    assert "Reminder set" in text
    assert "**all keynotes and debates**: 10 minutes before, by DM" in text
    assert "Invited talk: Emily Shuckburgh" in text
    stamp = f"<t:{int(venue('2019-05-07T08:50').timestamp())}:f>"
    assert stamp in text
    assert "2 sessions have already started" in text
    assert TIMESTAMP.search(text)


async def test_adding_the_same_again_says_so(offline: OfflineDiscord) -> None:
    await add(offline, target="kind:poster")
    assert "You already had this reminder" in await add(offline, target="posters")
    assert "Reminder updated" in await add(offline, target="posters", minutes=30)
    assert "(was 30 minutes)" in await add(offline, target="posters", minutes=5)


async def test_here_is_confirmed_with_the_channel(offline: OfflineDiscord) -> None:
    text = await add(offline, target="session:tue-keynote-morning", via="here")
    assert f"in <#{offline.channel_id}>" in text


async def test_an_unknown_target_gets_a_private_helpful_answer(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ATTENDEE, "remind add", {"target": "zxqv wvut"})
    reply = only_reply(sent)
    assert reply.ephemeral
    assert "Did you mean" in text_of([reply])


async def test_a_paper_found_only_under_another_spelling_is_offered_not_subscribed_to(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "remind add", {"target": "lotery tiket"}))
    assert reply.ephemeral
    offered = (
        "No session, topic or paper matches “lotery tiket”. Did you mean: "
        "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks?"
    )
    assert text_of([reply]).rstrip().endswith(offered)
    listed = text_of([only_reply(await offline.slash(ATTENDEE, "remind list"))])
    assert "Lottery Ticket" not in listed


@pytest.mark.parametrize("minutes", [0, 121])
async def test_minutes_outside_1_to_120_cannot_be_sent(
    offline: OfflineDiscord, minutes: int
) -> None:
    with pytest.raises(OptionError):
        await offline.slash(ATTENDEE, "remind add", {"target": "keynotes", "minutes": minutes})


async def test_via_offers_only_dm_and_here(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError):
        await offline.slash(ATTENDEE, "remind add", {"target": "keynotes", "via": "email"})


@pytest.mark.parametrize("typed", ["", "gan", "keyn", "Shuckburgh", "z" * 100])
async def test_target_autocomplete_fits_discord(offline: OfflineDiscord, typed: str) -> None:
    choices = await offline.autocomplete(ATTENDEE, "remind add", {"target": typed}, "target")
    assert len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_target_autocomplete_offers_kinds_sessions_topics_and_papers(
    offline: OfflineDiscord,
) -> None:
    choices = await offline.autocomplete(ATTENDEE, "remind add", {"target": ""}, "target")
    types = {c["value"].split(":")[0] for c in choices}
    assert types == {"kind", "session", "topic", "paper"}
    picked = next(c["value"] for c in choices if c["value"] == "kind:keynote")
    assert "Reminder set" in await add(offline, target=picked)


async def test_list_shows_your_reminders_with_their_next_reminder(
    offline: OfflineDiscord,
) -> None:
    await add(offline, target="keynotes")
    await add(offline, OTHER_ATTENDEE, target="posters")
    text = text_of([only_reply(await offline.slash(ATTENDEE, "remind list"))])
    assert "all keynotes" in text
    assert "next: Invited talk: Emily Shuckburgh" in text
    assert "poster" not in text.split("Remove one")[0].lower()


async def test_list_when_you_have_none(offline: OfflineDiscord) -> None:
    text = text_of([only_reply(await offline.slash(ATTENDEE, "remind list"))])
    assert "You have no reminders" in text


async def test_remove_only_ever_your_own(offline: OfflineDiscord) -> None:
    await add(offline, target="keynotes")
    await add(offline, OTHER_ATTENDEE, target="posters")
    mine = reminder_ids(text_of(await offline.slash(ATTENDEE, "remind list")))
    theirs = reminder_ids(text_of(await offline.slash(OTHER_ATTENDEE, "remind list")))
    refused = text_of(await offline.slash(ATTENDEE, "remind remove", {"id": theirs[0]}))
    missing = text_of(await offline.slash(ATTENDEE, "remind remove", {"id": 987_654}))
    assert refused.replace(str(theirs[0]), "N") == missing.replace("987654", "N")
    assert "You have no reminder" in refused
    removed = text_of(await offline.slash(ATTENDEE, "remind remove", {"id": mine[0]}))
    assert f"Removed reminder #{mine[0]}" in removed
    still = text_of(await offline.slash(OTHER_ATTENDEE, "remind list"))
    assert reminder_ids(still) == theirs


async def test_remove_autocomplete_lists_only_your_reminders(offline: OfflineDiscord) -> None:
    await add(offline, target="keynotes")
    await add(offline, OTHER_ATTENDEE, target="posters")
    choices = await offline.autocomplete(ATTENDEE, "remind remove", {"id": ""}, "id")
    assert len(choices) == 1
    assert "all keynotes" in choices[0]["name"]
    assert isinstance(choices[0]["value"], int)


async def test_clear_removes_all_of_yours(offline: OfflineDiscord) -> None:
    await add(offline, target="keynotes")
    await add(offline, target="posters")
    await add(offline, OTHER_ATTENDEE, target="posters")
    cleared = text_of(await offline.slash(ATTENDEE, "remind clear"))
    assert "Removed all 2 of your reminders" in cleared
    assert "You had no reminders" in text_of(await offline.slash(ATTENDEE, "remind clear"))
    assert reminder_ids(text_of(await offline.slash(OTHER_ATTENDEE, "remind list")))


async def test_a_title_many_sessions_share_reminds_of_the_next_of_them_all(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    """Eight coffee breaks share a title: on Thursday afternoon the next one is the last."""
    clock.set(venue("2019-05-09T12:00"))
    text = await add(offline, target="Coffee break", minutes=10)
    assert "Reminder set" in text
    due = f"<t:{int(venue('2019-05-09T16:05').timestamp())}:f>"
    assert due in text, text
