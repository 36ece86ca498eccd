"""How a listed part of the programme is named in an answer (its kind, day and part of day, in
the question's language: "keynotes, Tuesday 7 May, afternoon"; how many, when asked), and what
it was about, for a reply to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.chat.context import Subject
from bot.chat.intent import Intent
from bot.chat.reading import Asks
from bot.chat.when import Part
from bot.domain.kinds import Group
from bot.domain.records import SessionView
from bot.i18n.catalogues import Domain, translate
from bot.i18n.formats import long_day_label
from bot.i18n.languages import Language

KIND_NAMES: dict[Group, Callable[[Language], str]] = {
    Group.KEYNOTE: lambda language: translate(language, "keynotes", domain=Domain.CHAT),
    Group.ORAL: lambda language: translate(language, "talks and orals", domain=Domain.CHAT),
    Group.POSTER: lambda language: translate(language, "posters", domain=Domain.CHAT),
    Group.WORKSHOP: lambda language: translate(language, "workshops", domain=Domain.CHAT),
    Group.BREAK: lambda language: translate(language, "breaks", domain=Domain.CHAT),
    Group.MEAL: lambda language: translate(language, "meals", domain=Domain.CHAT),
    Group.SOCIAL: lambda language: translate(language, "socials", domain=Domain.CHAT),
    Group.EVERYTHING: lambda language: translate(language, "everything", domain=Domain.CHAT),
}
"""How a listed part of the programme names its kind (the pickers' words, in English)."""
PART_NAMES: dict[Part, Callable[[Language], str]] = {
    Part.MORNING: lambda language: translate(language, "morning", domain=Domain.CHAT),
    Part.LUNCH: lambda language: translate(language, "lunch", domain=Domain.CHAT),
    Part.AFTER_LUNCH: lambda language: translate(language, "after lunch", domain=Domain.CHAT),
    Part.AFTERNOON: lambda language: translate(language, "afternoon", domain=Domain.CHAT),
    Part.EVENING: lambda language: translate(language, "evening", domain=Domain.CHAT),
}


def scope_of(asked: Intent, day: date | None) -> str:
    """What a listed part of the programme covers: its kind, day and part of day."""
    language = asked.language
    kind = KIND_NAMES[asked.group](language) if asked.group else ""
    part = PART_NAMES[asked.part](language) if asked.part else ""
    when = ", ".join(said for said in (long_day_label(day, language) if day else "", part) if said)
    scope = ", ".join(said for said in (kind, when) if said)
    return scope or translate(language, "the programme", domain=Domain.CHAT)


def counted(heading: str, found: list[SessionView], asked: Intent) -> str:
    """A listing's heading, with how many it lists when that was asked ('saal 6 on the
    28th, count of talks?')."""
    return f"{heading} ({len(found)})" if Asks.COUNT in asked.asks and found else heading


def listed(found: list[SessionView], day: date | None, asked: Intent) -> Subject:
    """What a listed part of the programme was about, for a reply to it ('and in the
    afternoon?' keeps the day and kind, changes the part)."""
    return Subject(
        sessions=tuple(s.slug for s in found),
        day=day.isoformat() if day else None,
        part=asked.part,
        group=asked.group,
    )
