"""The one line each failure an operator can cause ends in, wherever it surfaced.

Discord refusing the login or out of reach, a store that fails, a DATABASE_URL that names no
database confbot can use, a database written by a newer confbot, a path that cannot hold a
database: each is found deep inside the start-up (and sometimes wrapped, as discord.py wraps
what a cog's set-up raises), and each deserves a sentence instead of a traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from bot.domain.errors import StorageFailure, StorageProblem

BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN: check the token in .env (see .env.example), "
    "or try the bot offline with `confbot console`."
)


class CliError(Exception):
    """Ends the program with one line and exit code 2."""


@contextlib.contextmanager
def discord_refusals() -> Iterator[None]:
    """Discord refusing the login, in any way, or out of reach: one line each."""
    import aiohttp
    import discord

    try:
        yield
    except discord.LoginFailure as exc:
        raise CliError(BAD_TOKEN) from exc
    except discord.HTTPException as exc:
        said = f": {exc.text}" if exc.text else ""
        raise CliError(f"Discord refused with HTTP {exc.status}{said}; try again later.") from exc
    except (OSError, aiohttp.ClientError) as exc:
        raise CliError(f"Cannot reach Discord ({exc}); try `confbot console` offline.") from exc


BULK_COMMANDS = ("import", "seed", "enrich")
"""Commands that write a whole conference at once: a lock held past the busy timeout is, in
practice, another of them at work."""


def operator_line(error: BaseException, command: str) -> str | None:
    """One readable line for `error`, or None when it is a fault of confbot's own."""
    for found in _chain(error):
        line = _line(found, command)
        if line is not None:
            return line
    return None


def _line(error: BaseException, command: str) -> str | None:
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if isinstance(error, StorageFailure):
        return _storage_line(error, command)
    if isinstance(error, NoSuchModuleError):
        return (
            f"DATABASE_URL names a database confbot cannot use ({error}): use "
            "sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER@HOST/NAME."
        )
    if isinstance(error, ArgumentError):
        return (
            f"DATABASE_URL is not a database URL ({error}): use sqlite+aiosqlite:///PATH "
            "or postgresql+asyncpg://USER@HOST/NAME."
        )
    if isinstance(error, CommandError) and "revision" in str(error):
        return (
            f"The database was written by a newer confbot ({error}): upgrade confbot, or "
            "point DATABASE_URL at another database."
        )
    if isinstance(error, OSError) and error.filename:
        return f"The database cannot be opened: {error.strerror or error} ({error.filename})."
    if isinstance(error, OSError):
        return f"The database server cannot be reached: {error}."
    return None


def _storage_line(failure: StorageFailure, command: str) -> str:
    if failure.problem is StorageProblem.LOCKED and command in BULK_COMMANDS:
        return (
            f"another import is running ({failure.cause}); nothing was changed. "
            "Try again once it has finished."
        )
    return (
        f"The store is failing: {failure}; nothing was saved. "
        "`confbot check` says whether the database is damaged."
    )


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error and what it was raised from or during, each once."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
