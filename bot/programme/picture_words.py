"""The words a timetable picture draws besides the conference's own (titles, rooms), in the
reader's language: its title and subtitle, the legend, the note of an empty day and of the
rooms left out, and the alt text that tells the picture in words.

The picture is drawn in Noto Sans, which has no CJK glyphs (see bot.programme.lettering), so a
picture for a Chinese reader is drawn in English rather than with its words left out; its
alt text, which is never drawn, is in Chinese."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.discord.words import kind_label
from bot.domain.kinds import label_of
from bot.domain.records import SessionView
from bot.i18n.catalogues import translate, translate_plural
from bot.i18n.formats import long_day_label, number
from bot.i18n.languages import Language

UNDRAWN = frozenset({Language.CHINESE})
"""Languages the picture's font cannot write: their pictures are drawn in English."""


def drawn_language(language: Language) -> Language:
    """The language a picture is drawn in for a reader of `language`."""
    return Language.ENGLISH if language in UNDRAWN else language


@dataclass(frozen=True)
class PictureWords:
    """What the renderer writes, already in the reader's language: it knows no catalogue."""

    kinds: tuple[tuple[str, str], ...] = ()
    """Each kind of session drawn, and its legend label."""
    approximate: str = "~ approximate time"
    clash: str = "clash"
    now: str = "now"
    nothing: str = "Nothing is scheduled on this day."
    not_drawn: str = ""
    """The rooms left out for want of space, as one sentence (empty: none)."""

    def kind(self, kind: str) -> str:
        return dict(self.kinds).get(kind, label_of(kind))


ENGLISH_WORDS = PictureWords()


def picture_words(
    language: Language,
    sessions: Sequence[SessionView],
    hidden: Sequence[tuple[str, int]] = (),
) -> PictureWords:
    """The words of a picture of `sessions` for a reader of `language`."""
    drawn = drawn_language(language)
    kinds = tuple(sorted({(s.kind, kind_label(s.kind, drawn)) for s in sessions}))
    return PictureWords(
        kinds=kinds,
        approximate=translate(drawn, "~ approximate time"),
        clash=translate(drawn, "clash"),
        now=translate(drawn, "now"),
        nothing=translate(drawn, "Nothing is scheduled on this day."),
        not_drawn=_not_drawn(hidden, drawn),
    )


def _not_drawn(hidden: Sequence[tuple[str, int]], language: Language) -> str:
    """The rooms not drawn, named so nobody thinks the picture is the whole day."""
    if not hidden:
        return ""
    (first, count), *rest = hidden
    sessions = translate_plural(language, "{count} session", "{count} sessions", count)
    names = ", ".join([f"{first} ({sessions})", *(f"{name} ({n})" for name, n in rest)])
    return translate_plural(
        language,
        "Not drawn, {count} more room: {names}",
        "Not drawn, {count} more rooms: {names}",
        len(hidden),
        names=names,
    )


def day_title(conference: str, day: date, language: Language) -> str:
    """A day's picture's title: "Tuesday 7 May" after the conference's name, "Dienstag, 7. Mai"."""
    return translate(
        language, "{conference} — {day}", conference=conference, day=long_day_label(day, language)
    )


def day_subtitle(zone: str, sessions: int, rooms: int, language: Language) -> str:
    """ "Venue time (America/Chicago) · 12 sessions in 4 rooms", in the drawn language."""
    drawn = drawn_language(language)
    venue = translate(drawn, "Venue time ({zone})", zone=zone)
    counted = translate_plural(
        drawn, "{count} session", "{count} sessions", sessions, count=number(sessions, drawn)
    )
    if not rooms:
        return translate(drawn, "{venue} · {sessions}", venue=venue, sessions=counted)
    return translate_plural(
        drawn,
        "{venue} · {sessions} in {count} room",
        "{venue} · {sessions} in {count} rooms",
        rooms,
        venue=venue,
        sessions=counted,
    )
