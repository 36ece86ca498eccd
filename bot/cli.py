"""`confbot run | console | import | follow | conferences | seed | sync | enrich | check`: the
operator's entry points.

Every failure an operator can cause (no token, a token Discord refuses, Discord out of reach, a
broken data file, a bad setting, a failing or locked store) ends in one readable line and exit
code 2, never a traceback; `confbot check` exits 1 when the store is not sound.

Each command imports what it uses when it runs: `confbot seed` needs no Discord library, the
console no importers but the seed's, and every start is shorter for it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli_errors import CliError, discord_refusals
from bot.domain.errors import DomainError
from bot.imports.problems import DataError
from bot.settings import (
    Role,
    Settings,
    SettingsError,
    load_settings,
    parse_now,
    parse_rate,
    parse_speed,
)

if TYPE_CHECKING:
    from bot.papers.enrich import Progress

log = logging.getLogger("confbot")
USAGE_ERROR = 2
QUIET_COMMANDS = ("console", "seed", "import", "conferences", "enrich", "check")
"""Commands whose output is for a person reading a terminal, not a log."""
NO_TOKEN = (
    "DISCORD_TOKEN is not set: copy .env.example to .env and put your bot token there, "
    "or try the bot offline with `confbot console`."
)


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
        "--locale",
        type=_locale,
        default="en-US",
        help="the Discord language of you and the server, e.g. de, fr, es-ES, zh-CN",
    )
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
    import_cmd.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the venue's zone (Europe/London, or an offset such as UTC+01:00) when the "
        "schedule does not say it right",
    )
    import_cmd.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would change (added, moved, retitled, cancelled; who would be "
        "notified) and write nothing",
    )
    import_cmd.add_argument(
        "--replace",
        action="store_true",
        help="apply a change the guard refuses (one that cancels over a quarter of the "
        "sessions, or a file about another conference)",
    )
    import_cmd.add_argument(
        "--follow",
        metavar="INTERVAL",
        help="keep polling this URL (e.g. 5m, 1h); `confbot run` and `confbot follow` do",
    )
    follow = commands.add_parser(
        "follow", help="poll the followed schedule URLs in the foreground (cron, systemd)"
    )
    follow.add_argument("--once", action="store_true", help="poll each source once and exit")
    follow.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    listing = commands.add_parser("conferences", help="list the conferences in the database")
    listing.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    seed_cmd = commands.add_parser("seed", help="load data/ into the database")
    seed_cmd.add_argument("--data", type=Path, help="a conference file or a folder of them")
    seed_cmd.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    enrich = commands.add_parser(
        "enrich",
        help="fetch the authors' abstracts and TL;DRs of a conference's papers from OpenReview "
        "(resumable: papers already answered are skipped)",
    )
    enrich.add_argument(
        "--conference", required=True, help="the conference's slug (`confbot conferences`)"
    )
    enrich.add_argument(
        "--rate",
        type=_rate,
        help="requests a second at most (default: CONFBOT_OPENREVIEW_RATE, else 2)",
    )
    enrich.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    sync = commands.add_parser("sync", help="publish the slash commands to Discord")
    sync.add_argument("--guild", type=int, help="only this server (instant) instead of globally")
    sync.add_argument(
        "--print",
        action="store_true",
        dest="print_payload",
        help="write the registration payload (every language) as JSON; Discord is not contacted",
    )
    check = commands.add_parser(
        "check", help="say whether the store is sound (SQLite's integrity check), changing nothing"
    )
    check.add_argument("--db", type=Path, help="SQLite file to use instead of DATABASE_URL")
    return parser


def _speed(raw: str) -> float:
    try:
        return parse_speed("--speed", raw)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _locale(raw: str) -> str:
    import discord

    known = [locale.value for locale in discord.Locale]
    if raw not in known:
        raise argparse.ArgumentTypeError(f"not a Discord locale; one of {', '.join(known)}")
    return raw


def _rate(raw: str) -> float:
    try:
        return parse_rate("--rate", raw)
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
    if getattr(args, "rate", None) is not None:
        changes["openreview_rate"] = args.rate
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
        # They say in a line of their own when the store fails; its log line would repeat it.
        logging.getLogger("bot.store.failures").setLevel(logging.CRITICAL)


def _point_at_discord(settings: Settings) -> None:
    """CONFBOT_DISCORD_API and CONFBOT_DISCORD_GATEWAY, for every command that talks to it."""
    import discord
    import yarl

    if settings.discord_api:
        discord.http.Route.BASE = settings.discord_api
    if settings.discord_gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway)


async def _run(settings: Settings) -> None:
    from bot.launch import create_bot
    from bot.lifecycle import run_until_stopped

    if not settings.discord_token:
        raise CliError(NO_TOKEN)
    _point_at_discord(settings)
    bot = await create_bot(settings)
    with discord_refusals():
        async with bot:
            await run_until_stopped(bot, settings.discord_token)


async def _seed(settings: Settings, data: Path | None) -> None:
    from bot.imports.changes import seed
    from bot.imports.packaged import load_data, open_store
    from bot.store.bulk_lock import sole_bulk_writer

    folder = data or settings.data_dir
    store = await open_store(settings.database_url, folder, seed_if_empty=False)
    try:
        async with sole_bulk_writer(store):
            report = await seed(store.sessions, load_data(folder))
    finally:
        await store.close()
    print(report.summary())


async def _import(settings: Settings, args: argparse.Namespace) -> None:
    from bot.clock import SystemClock
    from bot.imports.follow import parse_interval, record_follow
    from bot.imports.packaged import open_store
    from bot.imports.preview import Mode
    from bot.imports.service import ImportRequest, import_source
    from bot.imports.sources import Validators, is_url
    from bot.imports.zones import chosen_zone
    from bot.store.bulk_lock import sole_bulk_writer

    interval = parse_interval(args.follow) if args.follow else None
    if interval is not None and not is_url(args.source):
        raise DataError(args.source, "file", "--follow", "only an http(s) URL can be followed")
    if args.timezone is not None:
        chosen_zone(args.timezone)
    mode = Mode.DRY_RUN if args.dry_run else Mode.APPLY
    request = ImportRequest(args.slug, args.timezone, mode, args.replace)
    now = SystemClock().now()
    store = await open_store(settings.database_url, settings.data_dir)
    try:
        async with sole_bulk_writer(store):
            outcome = await import_source(store, args.source, args.slug, now, request)
        if interval is not None and mode is Mode.APPLY:
            # The validators of the body just imported, so the first poll can be a 304.
            async with store.sessions() as db:
                await record_follow(
                    db,
                    args.source,
                    outcome.slug,
                    args.timezone,
                    interval,
                    now,
                    outcome.validators or Validators(),
                )
    finally:
        await store.close()
    print("\n".join(outcome.lines()))
    if interval is not None and mode is Mode.APPLY:
        print(f"Following {args.source} every {_duration(interval)}.")


def _duration(interval: timedelta) -> str:
    seconds = int(interval.total_seconds())
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


async def _follow(settings: Settings, once: bool) -> int:
    from bot.background import Stopping
    from bot.imports.follow import PollResult, follow_loop, poll_due, utc_now
    from bot.imports.packaged import open_store

    store = await open_store(settings.database_url, settings.data_dir)
    try:
        if once:
            polls = await poll_due(store, utc_now, every=True)
            for poll in polls:
                failed = poll.result in (PollResult.FAILED, PollResult.HELD)
                print(f"{poll.url}: {poll.result}" + (f": {poll.line}" if failed else ""))
            bad = [poll for poll in polls if poll.result in (PollResult.FAILED, PollResult.HELD)]
            return USAGE_ERROR if bad else 0
        stopping = Stopping()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(
                sig, stopping.request
            )  # Running bots find the new revision by themselves: nothing to tell them here.
        await follow_loop(store, stopping)
    finally:
        await store.close()
    return 0


async def _conferences(settings: Settings) -> None:
    from bot.imports.follow import followed
    from bot.imports.listing import listing, listing_lines
    from bot.imports.packaged import open_store

    store = await open_store(settings.database_url, settings.data_dir)
    try:
        async with store.sessions() as db:
            listed = await listing(db)
            sources = await followed(db)
    finally:
        await store.close()
    print("\n".join(listing_lines(listed, settings.conference, sources)))


class ProgressLine:
    """enrich's progress on stderr: one line redrawn in place on a terminal, else a line every
    few seconds (a log keeps them all), and one line saying what was kept if interrupted."""

    EVERY = 5.0

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._redraw = stream.isatty()
        self._last = 0.0
        self.progress: Progress | None = None

    def __call__(self, progress: Progress) -> None:
        self.progress = progress
        now = time.monotonic()
        if self._redraw:
            self._stream.write(f"\r\x1b[K{progress.line()}")
        elif now - self._last >= self.EVERY or progress.asked == progress.to_ask:
            self._stream.write(progress.line() + "\n")
        else:
            return
        self._last = now
        self._stream.flush()

    def end(self) -> None:
        if self._redraw and self.progress is not None:
            self._stream.write("\n")
            self._stream.flush()

    def interrupted(self) -> str:
        """The one line an interrupted run ends with."""
        if self.progress is None:
            return "enrich interrupted before it started; nothing was changed."
        return f"enrich interrupted: {self.stopped()}"

    def stopped(self) -> str:
        """What a run that stopped early kept, and what to do next."""
        progress = self.progress
        if progress is None:
            return "nothing was changed."
        return (
            f"{progress.already + progress.stored} of {progress.with_id} papers of "
            f"{progress.slug} are done and kept; run it again to go on."
        )


async def _enrich(settings: Settings, slug: str) -> None:
    from bot.clock import SystemClock
    from bot.imports.packaged import open_store
    from bot.papers.enrich import Run, enrich
    from bot.papers.openreview import Politeness, TooLongToWait
    from bot.store.bulk_lock import sole_bulk_writer

    store = await open_store(settings.database_url, settings.data_dir)
    line = ProgressLine(sys.stderr)
    run = Run(settings.openreview_api, Politeness(rate=settings.openreview_rate), report=line)
    try:
        async with sole_bulk_writer(store):
            progress = await enrich(store.sessions, SystemClock(), slug, run)
    except asyncio.CancelledError:
        line.end()
        print(f"confbot: {line.interrupted()}", file=sys.stderr)
        raise
    except TooLongToWait as exc:
        line.end()
        raise CliError(f"{exc}; stopped, {line.stopped()}") from exc
    finally:
        await store.close()
    line.end()
    print(progress.summary())


async def _sync(settings: Settings, guild_id: int | None) -> None:
    from bot.app import sync_commands
    from bot.launch import create_bot

    if not settings.discord_token:
        raise CliError(NO_TOKEN)
    _point_at_discord(settings)
    bot = await create_bot(settings, deliver=False)
    with discord_refusals():
        async with bot:
            await bot.login(settings.discord_token)
            synced = await sync_commands(bot, guild_id)
    where = f"server {guild_id}" if guild_id else "all servers (may take up to an hour)"
    print(f"Synced {len(synced)} commands to {where}.")


async def _check(settings: Settings) -> int:
    from bot.store.check import check_store

    verdict = await check_store(settings.database_url)
    print(verdict.line)
    return 0 if verdict.sound else 1


async def _print_commands(settings: Settings) -> None:
    """What `sync` would register, for review before it goes out: no token, no network."""
    import json

    from bot.app import command_payload
    from bot.launch import create_bot

    bot = await create_bot(settings, deliver=False)
    async with bot:
        await bot.setup_hook()  # what logging in would run: the cogs and the translator
        payload = await command_payload(bot)
    print(json.dumps(payload, indent=2, ensure_ascii=False))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `confbot` script; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
        quiet = args.command in QUIET_COMMANDS or getattr(args, "print_payload", False)
        _configure_logging(settings, quiet=quiet)
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
                    locale=args.locale,
                )
            )
        elif args.command in ("seed", "import"):
            from bot.store.bulk_papers import collector_paused

            with collector_paused():  # this process does the one bulk job and exits
                if args.command == "seed":
                    asyncio.run(_seed(settings, args.data))
                else:
                    asyncio.run(_import(settings, args))
        elif args.command == "follow":
            return asyncio.run(_follow(settings, args.once))
        elif args.command == "conferences":
            asyncio.run(_conferences(settings))
        elif args.command == "sync" and args.print_payload:
            asyncio.run(_print_commands(settings))
        elif args.command == "sync":
            asyncio.run(_sync(settings, args.guild))
        elif args.command == "enrich":
            asyncio.run(_enrich(settings, args.conference))
        elif args.command == "check":
            return asyncio.run(_check(settings))
    except (CliError, SettingsError, DataError, DomainError) as exc:
        print(f"confbot: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except Exception as exc:
        from bot.cli_errors import operator_line

        line = operator_line(exc, args.command)
        if line is None:
            raise
        print(f"confbot: {line}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    return 0
