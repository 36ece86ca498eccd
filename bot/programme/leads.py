"""The sentence a card opens with for a reader of another language: what it is, when, where
and by whom. A German, French, Spanish or Chinese reader expects a sentence ("Vortrag am
Dienstag um 17:15 Uhr in Saal G") before a card of labels; English cards open with the
organisers' text alone, as they always have."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.discord.literal import literal, literals
from bot.discord.words import kind_label
from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import translate
from bot.i18n.formats import list_of, long_day_label, time_label
from bot.i18n.languages import Language


def session_lead(session: SessionView, zone: ZoneInfo, language: Language) -> str:
    """Its kind with its day, time and room, then its speakers joined as the language joins a
    list; empty in English."""
    if language is Language.ENGLISH:
        return ""
    said = [_when_where(session, zone, language)]
    speakers = literals(session.people_with("speaker"))
    others = literals(dict.fromkeys(name for name, _ in session.people))
    if speakers:
        said.append(translate(language, "By {people}.", people=list_of(speakers, language)))
    elif others:  # a debate's moderator and panel, a social's hosts
        said.append(translate(language, "With {people}.", people=list_of(others, language)))
    return " ".join(part for part in said if part)


def _when_where(session: SessionView, zone: ZoneInfo, language: Language) -> str:
    kind = kind_label(session.kind, language)
    if session.starts_at is None:
        return translate(language, "{kind}; its day and time are not known.", kind=kind)
    start = session.starts_at.astimezone(zone)
    day, time = long_day_label(start.date(), language), time_label(start)
    if session.room:
        room = literal(session.room)
        return translate(
            language,
            "{kind} on {day} at {time} in {room}.",
            kind=kind,
            day=day,
            time=time,
            room=room,
        )
    return translate(language, "{kind} on {day} at {time}.", kind=kind, day=day, time=time)


def conference_lead(conf: ConferenceView, language: Language) -> str:
    """Where and when the conference is held, as a sentence; empty in English."""
    where = ", ".join(part for part in (conf.venue, conf.city) if part)
    if language is Language.ENGLISH or not where:
        return ""
    return translate(
        language,
        "{conference} takes place from {first} to {last} at {where}.",
        conference=conf.name,
        first=long_day_label(conf.start_date, language),
        last=long_day_label(conf.end_date, language),
        where=where,
    )
