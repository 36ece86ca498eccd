"""A person's day as a picture: what they picked, in one column, clashing sessions side by
side and outlined, drawn by the programme's timetable renderer and kept in its cache until the
agenda (or the minute of the line at "now") changes."""

from __future__ import annotations

from datetime import datetime

from bot.domain.agenda import AgendaDay
from bot.domain.days import day_label
from bot.domain.records import ConferenceView
from bot.programme.pictures import (
    Attachment,
    Waiting,
    alt_text,
    draw,
    on_the_minute,
    zone_label,
)
from bot.programme.timetable import Column, Sheet


def agenda_sheet(conf: ConferenceView, agenda: AgendaDay, now: datetime | None) -> Sheet:
    """One column for the day: an agenda's sessions are in different rooms, and what matters
    is what overlaps, so clashes get lanes of their own and each block names its room."""
    sessions = tuple(entry.session for entry in agenda.entries)
    return Sheet(
        title=f"Your agenda — {day_label(agenda.day)}",
        subtitle=f"{conf.name} · venue time ({zone_label(conf, agenda.day)})",
        zone=conf.zone,
        columns=(Column("", sessions),),
        now=on_the_minute(now, sessions),
        clashes=frozenset(entry.session.id for entry in agenda.entries if entry.clashes_with),
        rooms_in_blocks=True,
    )


async def agenda_attachment(
    conf: ConferenceView,
    agenda: AgendaDay,
    now: datetime | None,
    before_drawing: Waiting | None = None,
) -> Attachment:
    """The picture of one day of a person's agenda, ready to attach."""
    sheet = agenda_sheet(conf, agenda, now)
    picture = await draw(sheet, before_drawing=before_drawing)
    name = f"{conf.slug}-agenda-{agenda.day.isoformat()}.png"
    return Attachment(name, picture.png, alt_text(sheet))
