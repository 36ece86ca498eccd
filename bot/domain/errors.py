"""Domain errors: things a user can cause, each with a message fit to show them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class DomainError(Exception):
    """Base class; `str(error)` is a short, specific sentence for the user."""


class EmptyQuery(DomainError):
    def __init__(self, what: str = "a search") -> None:
        super().__init__(
            f"That is empty for {what}: type a few words of a title, an author, an alias "
            "or a topic."
        )


class QueryTooLong(DomainError):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"That query is too long: keep it to {limit} characters or fewer.")


class NotFound(DomainError):
    """A name that matches nothing; carries close names to suggest."""

    def __init__(self, what: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.what = what
        self.name = name
        self.suggestions = tuple(suggestions)
        shown = name if len(name) <= 60 else name[:57] + "..."
        message = f"No {what} matches “{shown}”."
        if self.suggestions:
            message += " Did you mean: " + "; ".join(self.suggestions[:3]) + "?"
        super().__init__(message)


class UnknownDay(DomainError):
    def __init__(self, text: str, days: Sequence[str]) -> None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        super().__init__(
            f"“{shown}” is not a day of the conference. Try one of: {', '.join(days)}."
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
        if self.writing:
            return (
                "The bot's storage is failing; nothing you asked was saved. Please try again later."
            )
        return (
            "The bot cannot read its data right now (its storage is failing), so it cannot "
            "answer that; nothing was changed. Please try again later."
        )
