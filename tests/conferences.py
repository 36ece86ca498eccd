"""Small made-up conferences and sessions for tests of renders and layouts that need no store."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bot.domain.records import ConferenceView, SessionView


def made_up_conference(
    slug: str, name: str, full_name: str, start: date, end: date, **more: Any
) -> ConferenceView:
    """A conference in Berlin's zone with nothing beyond its names and days; `more`
    sets any other field the test is about."""
    fields: dict[str, Any] = {
        "edition": None,
        "city": "",
        "venue": "",
        "timezone": "Europe/Berlin",
        "website": None,
        "description": "",
        "figures": (),
        "links": (),
        "next_edition": {},
    }
    return ConferenceView(
        id=1,
        slug=slug,
        name=name,
        full_name=full_name,
        start_date=start,
        end_date=end,
        **(fields | more),
    )


def tuesday_keynote(venue: Callable[[str], datetime], **changes: Any) -> SessionView:
    """ICLR 2019's first keynote as replies get it, approximately timed; `changes` are the
    fields a test varies."""
    keynote = SessionView(
        id=11,
        slug="tue-keynote-morning",
        kind="keynote",
        title="Invited talk: Emily Shuckburgh",
        starts_at=venue("2019-05-07T09:00"),
        ends_at=venue("2019-05-07T09:45"),
        timing="approximate",
        room="Great Hall AD",
        topics=("climate",),
        people=(("Emily Shuckburgh", "speaker"),),
        talk_title=None,
        description="",
        url=None,
    )
    return dataclasses.replace(keynote, **changes)
