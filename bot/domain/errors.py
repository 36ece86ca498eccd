"""Domain errors: things a user can cause, each with a message fit to show them.

An error keeps its English sentence with `{name}` fields and the values apart, so the reply
can be written in the reader's language (the sentence is the catalogue's message id); `str()`
is the English sentence filled in, for logs and the operator's command line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum


def N_(message: str) -> str:
    """Marks a sentence for the catalogues (the domain imports no translation code)."""
    return message


class DomainError(Exception):
    """Base class; `str(error)` is a short, specific sentence for the user."""

    def __init__(self, message: str, /, **values: object) -> None:
        self.message = message
        self.values = values
        super().__init__(message.format_map(values) if values else message)


class EmptyQuery(DomainError):
    def __init__(self, what: str = "a search") -> None:
        super().__init__(_EMPTY.get(what, _EMPTY["a search"]))


_EMPTY = {
    "a search": N_(
        "That is empty for a search: type a few words of a title, an author, an alias or a topic."
    ),
    "a topic": N_(
        "That is empty for a topic: type a few words of a title, an author, an alias or a topic."
    ),
    "a reminder": N_(
        "That is empty for a reminder: type a few words of a title, an author, an alias or a topic."
    ),
    "an agenda item": N_(
        "That is empty for an agenda item: type a few words of a title, an author, an alias or "
        "a topic."
    ),
    "a session name": N_(
        "That is empty for a session name: type a few words of a title, an author, an alias or "
        "a topic."
    ),
}


class QueryTooLong(DomainError):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(
            N_("That query is too long: keep it to {limit} characters or fewer."), limit=limit
        )


_NO_MATCH = {
    "paper": (
        N_("No paper matches “{name}”."),
        N_("No paper matches “{name}”. Did you mean: {suggestions}?"),
    ),
    "session": (
        N_("No session matches “{name}”."),
        N_("No session matches “{name}”. Did you mean: {suggestions}?"),
    ),
    "topic": (
        N_("No topic matches “{name}”."),
        N_("No topic matches “{name}”. Did you mean: {suggestions}?"),
    ),
    "conference": (
        N_("No conference matches “{name}”."),
        N_("No conference matches “{name}”. Did you mean: {suggestions}?"),
    ),
    "session or paper": (
        N_("No session or paper matches “{name}”."),
        N_("No session or paper matches “{name}”. Did you mean: {suggestions}?"),
    ),
    "session, topic or paper": (
        N_("No session, topic or paper matches “{name}”."),
        N_("No session, topic or paper matches “{name}”. Did you mean: {suggestions}?"),
    ),
}


class NotFound(DomainError):
    """A name that matches nothing; carries close names to suggest."""

    def __init__(self, what: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.what = what
        self.name = name
        self.suggestions = tuple(suggestions)
        shown = name if len(name) <= 60 else name[:57] + "..."
        plain, suggesting = _NO_MATCH[what]
        if self.suggestions:
            super().__init__(suggesting, name=shown, suggestions="; ".join(self.suggestions[:3]))
        else:
            super().__init__(plain, name=shown)


class Days(tuple[date, ...]):
    """Days named in an error: written out in the reader's language when it is shown, and in
    English ("Monday 6 May, Tuesday 7 May") for logs."""

    def __str__(self) -> str:
        return ", ".join(f"{day:%A} {day.day} {day:%B}" for day in self)


class Phrases(tuple[str, ...]):
    """Catalogued phrases given as one value of an error (a reason, the names of permissions):
    each shown in the reader's language and listed as that language lists, since a stored or
    built English phrase would otherwise leave English inside a translated sentence."""

    def __str__(self) -> str:
        return ", ".join(self)


class UnknownDay(DomainError):
    def __init__(self, text: str, days: Sequence[date]) -> None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        super().__init__(
            N_(
                "“{shown}” is not a day of the conference, so nothing is on then. "
                "Try one of: {days}."
            ),
            shown=shown,
            days=Days(days),
        )


class StorageProblem(StrEnum):
    """What is wrong with the store, as an operator would put it."""

    FULL = "the disk is full"
    DAMAGED = "the database file is damaged"
    READ_ONLY = "the database is read-only"
    LOCKED = "another process holds the database's write lock"
    UNREACHABLE = "the database cannot be reached"


class StorageFailure(Exception):
    """The store failed under a request: the bot's fault, not the user's, yet something the
    user must hear about, since what they asked for may look done when it was not.

    Not a DomainError: a command line must name the cause, not tell a user to wait.
    """

    def __init__(self, problem: StorageProblem, cause: str, *, writing: bool) -> None:
        self.problem = problem
        self.cause = cause
        self.writing = writing
        super().__init__(f"{problem} ({cause})")

    @property
    def user_message(self) -> str:
        """The English sentence: the catalogues' message id for the reader's language."""
        if self.writing:
            return N_(
                "The bot's storage is failing; nothing you asked was saved. Please try again later."
            )
        return N_(
            "The bot cannot read its data right now (its storage is failing), so it cannot "
            "answer that; nothing was changed. Please try again later."
        )
