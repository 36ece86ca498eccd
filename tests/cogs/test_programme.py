"""The programme commands, through the real command tree and a real SQLite file."""

from __future__ import annotations

import pytest

from bot.offline import OfflineDiscord, OptionError, Sent
from tests.cogs.conftest import ATTENDEE, only_reply, text_of


async def test_schedule_shows_the_requested_day_in_order(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "schedule", {"day": "Wednesday"}))
    text = text_of([reply])
    assert "Wednesday 8 May" in text
    morning = text.index("Poster session: reinforcement learning")
    afternoon = text.index("Poster session: optimizers")
    assert morning < afternoon
    assert "<t:" in text, "times are Discord timestamps, shown in each reader's zone"
    assert "≈" in text, "approximate times are marked"
    assert not reply.ephemeral


async def test_schedule_defaults_to_today_at_the_venue(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "schedule"))
    assert "Tuesday 7 May" in text
    assert "Poster session: GANs" in text


async def test_schedule_names_the_days_when_given_one_outside_the_conference(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "schedule", {"day": "Friday"}))
    assert reply.ephemeral
    assert "not a day of the conference" in text_of([reply])
    assert "Wednesday 8 May" in text_of([reply])


async def test_schedule_refuses_a_day_longer_than_discord_allows(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError):
        await offline.slash(ATTENDEE, "schedule", {"day": "x" * 5000})


async def test_day_autocomplete_offers_the_conference_days(offline: OfflineDiscord) -> None:
    choices = await offline.autocomplete(ATTENDEE, "schedule", {"day": "we"}, "day")
    assert [choice["name"] for choice in choices] == ["Wednesday 8 May"]


async def test_now_names_the_session_running_and_the_next(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "now"))
    assert "Poster session: GANs" in text
    assert "generative adversarial networks" in text
    assert "Next" in text


def field_values(sent: list[Sent]) -> dict[str, str]:
    (embed,) = only_reply(sent).embeds
    return {field["name"]: field["value"] for field in embed.get("fields", [])}


async def test_next_shows_what_runs_now_as_running(offline: OfflineDiscord) -> None:
    fields = field_values(await offline.slash(ATTENDEE, "next"))

    assert "Poster session: GANs" in fields["On now"]
    assert "Nothing scheduled right now" not in fields["On now"]
    assert "Next" in fields


async def test_next_keynote_skips_other_kinds(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "next", {"kind": "keynote"}))
    assert "Ian Goodfellow" in text
    assert "Lunch" not in text


async def test_next_only_accepts_the_listed_kinds(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError):
        await offline.slash(ATTENDEE, "next", {"kind": "party"})


async def test_keynotes_lists_every_invited_talk_and_the_debate(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "keynotes"))
    for speaker in ("Cynthia Dwork", "Léon Bottou", "Ian Goodfellow", "Mirella Lapata"):
        assert speaker in text
    assert "speaker not identified" in text
    assert "Leslie Kaelbling" in text
    assert "time not known" in text, "the debate's unknown date is not invented"


async def test_posters_on_wednesday_show_both_sessions_with_topics(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.slash(ATTENDEE, "posters", {"day": "Wednesday"}))
    assert "reinforcement learning" in text
    assert "quantization" in text
    assert text.count("Great Hall BC") == 2


async def test_posters_on_the_workshop_day_say_there_are_none(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "posters", {"day": "Monday"}))
    assert "No poster sessions" in text


async def test_session_shows_time_room_topics_and_papers(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "session", {"name": "tue-posters-morning"}))
    assert "Poster session: GANs" in text
    assert "Great Hall BC" in text
    assert "Generating Multiple Objects at Spatially Distinct Locations" in text


async def test_session_by_part_of_its_title(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "session", {"name": "Thursday morning orals"}))
    assert "Ordered Neurons" in text


async def test_unknown_session_gets_a_private_answer(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "session", {"name": "zzzz qqqq"}))
    assert reply.ephemeral
    assert "No session matches" in text_of([reply])


async def test_session_autocomplete_offers_matching_sessions(offline: OfflineDiscord) -> None:
    choices = await offline.autocomplete(ATTENDEE, "session", {"name": "poster"}, "name")
    assert 0 < len(choices) <= 25
    assert all(len(choice["name"]) <= 100 for choice in choices)
    assert any(choice["value"] == "wed-posters-morning" for choice in choices)


async def test_topic_finds_the_sessions_and_papers(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "topic", {"query": "reinforcement learning"}))
    assert "Poster session: reinforcement learning" in text


async def test_topic_alias_and_unknown_topic(offline: OfflineDiscord) -> None:
    assert "quantization" in text_of(
        await offline.slash(ATTENDEE, "topic", {"query": "quantization"})
    )
    reply = only_reply(await offline.slash(ATTENDEE, "topic", {"query": "🦄🦄"}))
    assert reply.ephemeral


@pytest.mark.parametrize("hostile", ['"', "AND OR NOT (", "*", "col:x", "-x", "<@&123>"])
async def test_topic_survives_search_syntax(offline: OfflineDiscord, hostile: str) -> None:
    sent = await offline.slash(ATTENDEE, "topic", {"query": hostile})
    assert only_reply(sent)


async def test_conference_gives_dates_venue_and_figures(offline: OfflineDiscord) -> None:
    text = text_of(await offline.slash(ATTENDEE, "conference"))
    assert "Ernest N. Morial Convention Center" in text
    assert "1,579" in text
    assert "Addis Ababa" in text
