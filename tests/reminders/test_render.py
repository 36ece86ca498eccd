"""The reminder and announcement renderers: pure, within Discord's limits, and pinging exactly
the intended user or role and nobody else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from bot.discord import limits
from bot.domain.records import ConferenceView, SessionView
from bot.domain.reminders import Job, Route
from bot.reminders import render
from tests.conferences import tuesday_keynote

Venue = Callable[[str], datetime]


def job(session: SessionView, route: str, **ids: int) -> Job:
    assert session.starts_at is not None
    return Job(
        delivery_id=7,
        route=Route(route),
        user_id=ids.get("user_id"),
        guild_id=ids.get("guild_id"),
        channel_id=ids.get("channel_id"),
        role_id=ids.get("role_id"),
        subscription_id=None,
        lead_minutes=10,
        due_at=session.starts_at - timedelta(minutes=10),
        session=session,
    )


@pytest.mark.parametrize(
    ("offset", "phrase"),
    [
        (timedelta(minutes=-10), "starts in 10 minutes"),
        (timedelta(minutes=-9, seconds=-20), "starts in 10 minutes"),
        (timedelta(minutes=-1), "starts in 1 minute"),
        (timedelta(seconds=-1), "starts in 1 minute"),
        (timedelta(), "is starting now"),
        (timedelta(seconds=59), "is starting now"),
        (timedelta(minutes=1), "started 1 minute ago"),
        (timedelta(minutes=5, seconds=30), "started 5 minutes ago"),
    ],
)
def test_start_phrase(venue: Venue, offset: timedelta, phrase: str) -> None:
    start = venue("2019-05-07T09:00")
    assert render.start_phrase(start, start + offset) == phrase


def test_a_dm_pings_nobody(conf: ConferenceView, venue: Venue) -> None:
    session = tuesday_keynote(venue)
    out = render.reminder_message(conf, job(session, "dm", user_id=1), venue("2019-05-07T08:50"))
    mentions = out.allowed_mentions.to_dict()
    assert mentions.get("parse") == []
    assert not mentions.get("users")
    assert not mentions.get("roles")
    assert "<@" not in out.content
    assert "starts in 10 minutes" in out.content
    assert "<t:" in out.content


def test_a_channel_reminder_mentions_only_its_user(conf: ConferenceView, venue: Venue) -> None:
    session = tuesday_keynote(venue)
    out = render.reminder_message(
        conf, job(session, "here", user_id=42, channel_id=5), venue("2019-05-07T08:50")
    )
    assert out.content.startswith("<@42>")
    mentions = out.allowed_mentions.to_dict()
    assert mentions.get("parse") == []
    assert mentions.get("users") == [42]
    assert not mentions.get("roles")


def test_an_announcement_pings_only_its_role(conf: ConferenceView, venue: Venue) -> None:
    session = tuesday_keynote(venue)
    out = render.reminder_message(
        conf, job(session, "guild", guild_id=1, channel_id=5, role_id=77), venue("2019-05-07T08:50")
    )
    assert out.content.startswith("<@&77>")
    mentions = out.allowed_mentions.to_dict()
    assert mentions.get("parse") == []
    assert mentions.get("roles") == [77]
    assert not mentions.get("users")
    embed = out.embed.to_dict()
    fields = {field["name"]: field["value"] for field in embed.get("fields", [])}
    assert fields["Where"] == "Great Hall AD"
    assert fields["Topics"] == "climate"
    assert "09:00" in fields["When"]


def test_a_huge_title_still_fits_discord(conf: ConferenceView, venue: Venue) -> None:
    session = tuesday_keynote(venue, title="Keynote " * 400)
    out = render.reminder_message(
        conf, job(session, "here", user_id=42, channel_id=5), venue("2019-05-07T08:50")
    )
    assert len(out.content) <= limits.CONTENT
    assert len(out.embed) <= limits.EMBED_TOTAL
    assert len(out.embed.title or "") <= limits.EMBED_TITLE
