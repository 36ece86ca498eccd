"""A reminder asked in chat for one thing ('remind me 5 min before the lockpicking talk'):
what it is asked before, and how long before, so the answer can show that talk and the
command that sets the reminder, instead of the general help."""

from __future__ import annotations

from dataclasses import dataclass

from bot.chat.catalogue import reader
from bot.chat.reading import clean
from bot.domain.reminders import DEFAULT_LEAD_MINUTES, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES
from bot.i18n.languages import Language


@dataclass(frozen=True)
class Reminding:
    """A reminder asked for: the words naming what it is before, the minutes, and the
    language the thing is to be shown in."""

    what: str
    minutes: int
    language: Language


def reminder_asked(language: Language, *readings: str) -> Reminding | None:
    """The thing a reminder is asked before, if the question names one, in the first of its
    `readings` that does (as typed, then as English reads it: 'rappelle-moi … avant X');
    minutes outside what a reminder allows are left to the command to explain, so the
    default is offered."""
    found = next(filter(None, (reader().reminder.search(clean(text)) for text in readings)), None)
    if found is None:
        return None
    said = int(found.group(1)) if found.group(1) else DEFAULT_LEAD_MINUTES
    minutes = said if MIN_LEAD_MINUTES <= said <= MAX_LEAD_MINUTES else DEFAULT_LEAD_MINUTES
    return Reminding(found.group(2), minutes, language)
