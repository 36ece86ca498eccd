"""Times in replies: the venue's wall clock beside a Discord timestamp each reader sees in their
own zone, with approximate times marked so nobody takes a guess for a fact."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from bot.discord.times import APPROX, approx_footer, venue_clock, when_text
from bot.domain.records import ConferenceView
from tests.conferences import tuesday_keynote
from tests.conftest import VENUE_ZONE

Venue = Callable[[str], datetime]


def test_the_venue_clock_is_the_wall_time_at_the_venue(venue: Venue) -> None:
    assert venue_clock(venue("2019-05-07T09:00"), VENUE_ZONE) == "09:00 CDT"


def test_a_verified_time_shows_the_day_the_venue_clock_and_a_discord_timestamp(
    venue: Venue,
) -> None:
    session = tuesday_keynote(venue, timing="verified")
    assert session.starts_at is not None
    stamp = f"<t:{int(session.starts_at.timestamp())}:t>"
    text = when_text(session, VENUE_ZONE)
    assert text == f"Tue 7 May, 09:00–09:45 CDT · {stamp} your time"
    assert APPROX not in text
    assert "approximate" not in text


def test_the_day_can_be_left_out(venue: Venue) -> None:
    text = when_text(tuesday_keynote(venue, timing="verified"), VENUE_ZONE, with_day=False)
    assert text.startswith("09:00–09:45 CDT · <t:")
    assert "Tue" not in text


def test_an_approximate_time_is_marked_twice(venue: Venue) -> None:
    text = when_text(tuesday_keynote(venue), VENUE_ZONE)
    assert text.startswith(f"{APPROX} ")
    assert "09:00–09:45 CDT (approximate)" in text
    assert ":t> your time" in text


def test_an_untimed_session_says_its_time_is_not_known(venue: Venue) -> None:
    session = dataclasses.replace(tuesday_keynote(venue), starts_at=None, ends_at=None)
    assert when_text(session, VENUE_ZONE) == "time not known"


def test_the_footer_names_the_venue_zone(conf: ConferenceView, venue: Venue) -> None:
    footer = approx_footer([tuesday_keynote(venue, timing="verified")], conf)
    assert footer == "Venue times are America/Chicago."


def test_the_footer_explains_the_mark_only_when_a_time_is_approximate(
    conf: ConferenceView, venue: Venue
) -> None:
    footer = approx_footer(
        [tuesday_keynote(venue, timing="verified"), tuesday_keynote(venue)], conf
    )
    assert footer.startswith(f"{APPROX} marks approximate times")
    assert "America/Chicago" in footer
    assert APPROX not in approx_footer([], conf)
