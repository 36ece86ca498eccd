"""Small made-up conferences for tests of renders and layouts that need no store."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.domain.records import ConferenceView


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
