"""How a listed part of the programme is named in an answer (its kind, day and part of day, in
the question's language: "keynotes, Tuesday 7 May, afternoon"; how many, when asked), and what
it was about, for a reply to it."""

from __future__ import annotations

from datetime import date

from bot.chat.context import Subject
from bot.chat.intent import Intent
from bot.chat.reading import Asks
from bot.chat.when import Part
from bot.domain.kinds import Group
from bot.domain.records import SessionView
from bot.i18n.catalogues import N_, Domain, translate
from bot.i18n.formats import long_day_label

KIND_NAMES: dict[Group, str] = {
    Group.KEYNOTE: N_("keynotes", domain=Domain.CHAT),
    Group.ORAL: N_("talks and orals", domain=Domain.CHAT),
    Group.POSTER: N_("posters", domain=Domain.CHAT),
    Group.WORKSHOP: N_("workshops", domain=Domain.CHAT),
    Group.BREAK: N_("breaks", domain=Domain.CHAT),
    Group.MEAL: N_("meals", domain=Domain.CHAT),
    Group.SOCIAL: N_("socials", domain=Domain.CHAT),
    Group.EVERYTHING: N_("everything", domain=Domain.CHAT),
}
"""How a listed part of the programme names its kind (the pickers' words, in English)."""
PART_NAMES: dict[Part, str] = {
    Part.MORNING: N_("morning", domain=Domain.CHAT),
    Part.BEFORE_LUNCH: N_("before lunch", domain=Domain.CHAT),
    Part.LUNCH: N_("lunch", domain=Domain.CHAT),
    Part.AFTER_LUNCH: N_("after lunch", domain=Domain.CHAT),
    Part.AFTERNOON: N_("afternoon", domain=Domain.CHAT),
    Part.EVENING: N_("evening", domain=Domain.CHAT),
}


def scope_of(asked: Intent, day: date | None) -> str:
    """What a listed part of the programme covers: its kind, day and part of day."""
    language = asked.language
    kind = translate(language, KIND_NAMES[asked.group], domain=Domain.CHAT) if asked.group else ""
    part = translate(language, PART_NAMES[asked.part], domain=Domain.CHAT) if asked.part else ""
    when = ", ".join(said for said in (long_day_label(day, language) if day else "", part) if said)
    scope = ", ".join(said for said in (kind, when) if said)
    return scope or translate(language, "the programme", domain=Domain.CHAT)


def counted(heading: str, found: list[SessionView], asked: Intent) -> str:
    """A listing's heading, with how many it lists when that was asked ('saal 6 on the
    28th, count of talks?'), said as the asker's language says a total ('hay 34')."""
    if Asks.COUNT not in asked.asks or not found:
        return heading
    return translate(
        asked.language, "{heading} ({count})", domain=Domain.CHAT, heading=heading, count=len(found)
    )


def listed(found: list[SessionView], day: date | None, asked: Intent) -> Subject:
    """What a listed part of the programme was about, for a reply to it ('and in the
    afternoon?' keeps the day and kind, changes the part)."""
    return Subject(
        sessions=tuple(s.slug for s in found),
        day=day.isoformat() if day else None,
        part=asked.part,
        group=asked.group,
    )
