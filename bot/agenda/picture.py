"""A person's day as a picture: what they picked, in one column, clashing sessions side by
side and outlined, drawn by the programme's timetable renderer and kept in its cache until the
agenda (or the minute of the line at "now") changes."""

from __future__ import annotations

from datetime import date, datetime

from bot.domain.agenda import AgendaDay
from bot.domain.records import ConferenceView
from bot.i18n.catalogues import translate
from bot.i18n.formats import long_day_label
from bot.i18n.languages import Language
from bot.programme.picture_words import drawn_language, picture_words
from bot.programme.pictures import (
    Attachment,
    Waiting,
    alt_text,
    draw,
    on_the_minute,
    zone_label,
)
from bot.programme.timetable import Column, Sheet


def agenda_title(day: date, language: Language) -> str:
    return translate(language, "Your agenda — {day}", day=long_day_label(day, language))


def agenda_sheet(
    conf: ConferenceView,
    agenda: AgendaDay,
    now: datetime | None,
    language: Language = Language.ENGLISH,
) -> Sheet:
    """One column for the day: an agenda's sessions are in different rooms, and what matters
    is what overlaps, so clashes get lanes of their own and each block names its room."""
    sessions = tuple(entry.session for entry in agenda.entries)
    drawn = drawn_language(language)
    zone = zone_label(conf, agenda.day)
    return Sheet(
        title=agenda_title(agenda.day, drawn),
        subtitle=translate(
            drawn, "{conference} · venue time ({zone})", conference=conf.name, zone=zone
        ),
        zone=conf.zone,
        columns=(Column("", sessions),),
        now=on_the_minute(now, sessions),
        clashes=frozenset(entry.session.id for entry in agenda.entries if entry.clashes_with),
        rooms_in_blocks=True,
        words=picture_words(language, sessions),
    )


async def agenda_attachment(
    conf: ConferenceView,
    agenda: AgendaDay,
    now: datetime | None,
    before_drawing: Waiting | None = None,
    language: Language = Language.ENGLISH,
) -> Attachment:
    """The picture of one day of a person's agenda, ready to attach."""
    sheet = agenda_sheet(conf, agenda, now, language)
    picture = await draw(sheet, before_drawing=before_drawing)
    name = f"{conf.slug}-agenda-{agenda.day.isoformat()}.png"
    return Attachment(
        name, picture.png, alt_text(sheet, agenda_title(agenda.day, language), language)
    )
