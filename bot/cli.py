"""`confbot run | console | import | conferences | seed | sync`: the operator's entry points.

Every failure an operator can cause (no token, a rejected token, a broken data file, a bad
setting) ends in one readable line and exit code 2, never a traceback.

Each command imports what it uses when it runs: `confbot seed` needs no Discord library, the
console no importers but the seed's, and every start is shorter for it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.domain.errors import DomainError
from bot.imports.problems import DataError
from bot.settings import Role, Settings, SettingsError, load_settings, parse_now, parse_speed

log = logging.getLogger("confbot")
USAGE_ERROR = 2
QUIET_COMMANDS = ("console", "seed", "import", "conferences")
"""Commands whose output is for a person reading a terminal, not a log."""
NO_TOKEN = (
    "DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token there, "
    "or try the bot offline with `confbot console`."
)
BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN: check the token in .env (see .env.example), "
    "or try the bot offline with `confbot console`."
)


class CliError(Exception):
    """Ends the program with one line and exit code 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="confbot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def add_time(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--now", type=parse_now, help="rehearsal start, e.g. 2019-05-07T08:30-05:00"
        )
        sub.add_argument(
            "--speed", type=_speed, help="rehearsal speed (60: an hour of programme a minute)"
        )
        sub.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")

    run = commands.add_parser("run", help="connect to Discord with DISCORD_TOKEN")
    add_time(run)
    console = commands.add_parser("console", help="use the bot offline, from this terminal")
    add_time(console)
    console.add_argument("--user", default="attendee", help="your name in the console")
    console.add_argument("--admin", action="store_true", help="give yourself Manage Server")
    console.add_argument(
        "--save-attachments",
        type=Path,
        metavar="DIR",
        help="write the files the bot attaches (calendar files) into this folder",
    )
    console.add_argument(
        "--conference", help="the conference to use (a slug from `confbot conferences`)"
    )
    import_cmd = commands.add_parser(
        "import",
        help="add or update a conference from a schedule.json, frab XML, .ics, paper list "
        "or confbot TOML file (a path or an http(s) URL)",
    )
    import_cmd.add_argument("source", help="a file path or an http(s) URL")
    import_cmd.add_argument("--slug", help="the conference's key (default: from the file)")
    import_cmd.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    listing = commands.add_parser("conferences", help="list the conferences in the database")
    listing.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    seed_cmd = commands.add_parser("seed", help="load data/ into the database")
    seed_cmd.add_argument("--data", type=Path, help="a conference file or a folder of them")
    seed_cmd.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    sync = commands.add_parser("sync", help="publish the slash commands to Discord")
    sync.add_argument("--guild", type=int, help="only this server (instant) instead of globally")
    return parser


def _speed(raw: str) -> float:
    try:
        return parse_speed("--speed", raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(role=Role.CONSOLE if args.command == "console" else Role.RUN)
    changes: dict[str, object] = {}
    if getattr(args, "db", None):
        changes["database_url"] = f"sqlite+aiosqlite:///{args.db.expanduser().resolve()}"
    if getattr(args, "now", None):
        changes["now"] = args.now
    if getattr(args, "speed", None) is not None:
        changes["speed"] = args.speed
    if getattr(args, "conference", None):
        changes["conference"] = args.conference
    return settings.with_overrides(**changes)


def _configure_logging(settings: Settings, *, quiet: bool) -> None:
    logging.basicConfig(
        level="WARNING" if quiet else settings.log_level,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if quiet:
        # The console and seed have no use for discord.py's notes about voice support.
        logging.getLogger("discord").setLevel(logging.ERROR)


async def _run(settings: Settings) -> None:
    import discord
    import yarl

    from bot.launch import create_bot
    from bot.lifecycle import run_until_stopped

    if not settings.discord_token:
        raise CliError(NO_TOKEN)
    if settings.discord_api:
        discord.http.Route.BASE = settings.discord_api
    if settings.discord_gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway)
    bot = await create_bot(settings)
    try:
        async with bot:
            await run_until_stopped(bot, settings.discord_token)
    except discord.LoginFailure as exc:
        raise CliError(BAD_TOKEN) from exc
    except OSError as exc:
        raise CliError(f"Cannot reach Discord ({exc}); try `confbot console` offline.") from exc


async def _seed(settings: Settings, data: Path | None) -> None:
    from bot.imports.packaged import load_data
    from bot.store.engine import make_engine, make_session_factory
    from bot.store.migrate import migrate
    from bot.store.seed import seed

    engine = make_engine(settings.database_url)
    try:
        await migrate(engine)
        report = await seed(make_session_factory(engine), load_data(data or settings.data_dir))
    finally:
        await engine.dispose()
    print(report.summary())


async def _import(settings: Settings, source: str, slug: str | None) -> None:
    from bot.clock import SystemClock
    from bot.imports.packaged import open_store
    from bot.imports.service import import_source

    store = await open_store(settings.database_url, settings.data_dir)
    try:
        outcome = await import_source(store, source, slug, SystemClock().now())
    finally:
        await store.close()
    print("\n".join(outcome.lines()))


async def _conferences(settings: Settings) -> None:
    from bot.imports.listing import listing, listing_lines
    from bot.imports.packaged import open_store

    store = await open_store(settings.database_url, settings.data_dir)
    try:
        async with store.sessions() as db:
            listed = await listing(db)
    finally:
        await store.close()
    print("\n".join(listing_lines(listed, settings.conference)))


async def _sync(settings: Settings, guild_id: int | None) -> None:
    import discord

    from bot.app import sync_commands
    from bot.launch import create_bot

    if not settings.discord_token:
        raise CliError(NO_TOKEN)
    bot = await create_bot(settings, deliver=False)
    try:
        async with bot:
            await bot.login(settings.discord_token)
            synced = await sync_commands(bot, guild_id)
    except discord.LoginFailure as exc:
        raise CliError(BAD_TOKEN) from exc
    except OSError as exc:
        raise CliError(f"Cannot reach Discord ({exc}).") from exc
    where = f"server {guild_id}" if guild_id else "all servers (may take up to an hour)"
    print(f"Synced {len(synced)} commands to {where}.")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `confbot` script; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
        _configure_logging(settings, quiet=args.command in QUIET_COMMANDS)
        if args.command == "run":
            asyncio.run(_run(settings))
        elif args.command == "console":
            from bot.offline.console import run_console

            return asyncio.run(
                run_console(
                    settings,
                    user=args.user,
                    admin=args.admin,
                    save_attachments=args.save_attachments,
                )
            )
        elif args.command in ("seed", "import"):
            from bot.store.bulk_papers import collector_paused

            with collector_paused():  # this process does the one bulk job and exits
                if args.command == "seed":
                    asyncio.run(_seed(settings, args.data))
                else:
                    asyncio.run(_import(settings, args.source, args.slug))
        elif args.command == "conferences":
            asyncio.run(_conferences(settings))
        elif args.command == "sync":
            asyncio.run(_sync(settings, args.guild))
    except (CliError, SettingsError, DataError, DomainError) as exc:
        print(f"confbot: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    return 0
