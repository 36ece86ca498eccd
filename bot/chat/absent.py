"""Days a kind of session is missing from ('which day has no posters?'): the kind is asked
away from a question about days, so the answer is the days without it, not every day's
programme less that kind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bot.chat.intent import Intent
from bot.chat.reading import Asks
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import ConferenceView, SessionView


def days_lacking(
    conf: ConferenceView, sessions: Sequence[SessionView], asked: Intent
) -> list[date]:
    """The conference's days holding no session of the kind asked away; empty when no day
    was asked for, or when the conference never holds that kind (then no day is the answer,
    and the listing says there is nothing)."""
    if asked.without is None or Asks.WHEN not in asked.asks or asked.day is not None:
        return []
    if asked.group not in (None, Group.EVERYTHING):
        return []
    kinds = kinds_of(asked.without)
    held = {
        s.starts_at.astimezone(conf.zone).date()
        for s in sessions
        if s.kind in kinds and s.starts_at is not None
    }
    if not held:
        return []
    span = (conf.end_date - conf.start_date).days + 1
    every = [conf.start_date + timedelta(days=n) for n in range(span)]
    return [day for day in every if day not in held]
