"""The offline front end: lines from stdin, replies printed as plain text.

Every line goes through the offline Discord (`bot.offline`) and so through the bot's real
command tree, exactly as a Discord interaction would; only the transport is a terminal. The
importers (every format `:import` reads) load on the first `:import`, not at start-up."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import re
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path, PurePath
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from discord import app_commands

from bot.app import ConfBot
from bot.clock import RehearsalClock, SystemClock
from bot.domain.errors import StorageFailure
from bot.imports.problems import DataError
from bot.launch import create_bot
from bot.offline import OfflineDiscord, OfflineUser, OptionError, Sent
from bot.offline.prompt import banner, console_help, install_completion
from bot.offline.slash_lines import LineError, parse_slash, typed_options
from bot.offline.transport import Upload
from bot.settings import Settings

TIMESTAMP = re.compile(r"<t:(-?\d+)(?::([tTdDfFR]))?>")
MARKUP = re.compile(r"\*\*|__|`")
MENTION = re.compile(r"<(#|@&|@!?)(\d+)>")
DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd])$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
REFRESH_SECONDS = 1.0
"""How often lines check the store for an import another process made: a person types slower
than that, so each of their lines sees it; a pipe of lines pays for one check a second."""


def _leaf_commands(bot: ConfBot) -> dict[str, app_commands.Command[Any, Any, Any]]:
    return {
        command.qualified_name: command
        for command in bot.tree.walk_commands()
        if isinstance(command, app_commands.Command)
    }


def venue_times(text: str, zone: ZoneInfo) -> str:
    """Discord timestamps as the venue's clock, since a terminal has no client to render them."""

    def replace(match: re.Match[str]) -> str:
        when = datetime.fromtimestamp(int(match.group(1)), zone)
        style = match.group(2) or "f"
        if style in "tT":
            return when.strftime("%H:%M %Z")
        if style in "dD":
            return when.strftime("%a %d %b %Y")
        return when.strftime("%a %d %b %H:%M %Z")

    return TIMESTAMP.sub(replace, text)


def format_sent(sent: Sent, offline: OfflineDiscord, zone: ZoneInfo) -> Iterator[str]:
    """A captured message as terminal lines."""
    if sent.route == "dm":
        prefix = f"[DM @{offline.user_name(sent.recipient_id or 0)}] "
    elif sent.route == "channel":
        prefix = f"[#{offline.channel_name(sent.channel_id or 0)}] "
    else:
        prefix = "(only you can see this) " if sent.ephemeral else ""
    if sent.deferred and not sent.content and not sent.embeds:
        return
    text_parts = [sent.content] if sent.content else []
    for embed in sent.embeds:
        text_parts.append(_embed_text(embed))
    body = readable_mentions(venue_times(MARKUP.sub("", "\n".join(text_parts)), zone), offline)
    lines = body.splitlines() or [""]
    yield prefix + lines[0]
    yield from lines[1:]
    for file in sent.files:
        yield f"[attachment {file.name}, {len(file.data)} bytes]"
    labels = [item.get("label") for row in sent.components for item in row.get("components", [])]
    if labels:
        yield " ".join(f"[{label}]" for label in labels)


def readable_mentions(text: str, offline: OfflineDiscord) -> str:
    """<#id>, <@id> and <@&id> as the names a Discord client would show in their place."""
    guild = offline.bot.get_guild(offline.guild_id)

    def replace(match: re.Match[str]) -> str:
        kind, number = match.group(1), int(match.group(2))
        if kind == "#":
            return f"#{offline.channel_name(number)}"
        if kind == "@&":
            role = guild.get_role(number) if guild else None
            return f"@{role.name if role else number}"
        return f"@{offline.user_name(number)}"

    return MENTION.sub(replace, text)


def _embed_text(embed: dict[str, Any]) -> str:
    parts = []
    if embed.get("title"):
        parts.append(f"== {embed['title']} ==")
    if embed.get("description"):
        parts.append(embed["description"])
    for field in embed.get("fields", []):
        parts.append(f"-- {field['name']} --\n{field['value']}")
    if embed.get("footer", {}).get("text"):
        parts.append(f"({embed['footer']['text']})")
    return "\n".join(parts)


def parse_duration(text: str) -> timedelta:
    match = DURATION.match(text.strip().lower())
    if not match:
        raise LineError("say how far to move time, e.g. :advance 15m, :advance 2h, :advance 1d")
    amount = float(match.group(1))
    if amount > 60 * 24 * 30:
        raise LineError("that is too far: advance at most 30 days at a time")
    return timedelta(**{UNITS[match.group(2)]: amount})


class Console:
    """Reads lines, drives the offline Discord, prints what the bot sent."""

    def __init__(
        self,
        bot: ConfBot,
        offline: OfflineDiscord,
        user: OfflineUser,
        out: TextIO,
        save_attachments: Path | None = None,
    ):
        self.bot = bot
        self.offline = offline
        self.user = user
        self.out = out
        self.save_attachments = save_attachments
        self.commands = _leaf_commands(bot)
        self.printed = 0
        self.reader_gone = False
        self.store_failing = False
        self._wakes_seen: int | None = None
        self._next_due: datetime | None = None
        self._refreshed_at = -math.inf

    def say(self, text: str) -> None:
        """Prints a line; once the reader has gone (`| head`), prints nothing more."""
        if self.reader_gone:
            return
        try:
            print(text, file=self.out, flush=True)
        except BrokenPipeError:
            self.reader_gone = True
            _discard_output(self.out)

    def flush_sent(self) -> None:
        """Print everything the bot sent since the last flush, reminders included."""
        zone = self.bot.conference.zone
        for sent in self.offline.transcript[self.printed :]:
            for line in format_sent(sent, self.offline, zone):
                self.say(line)
            if self.save_attachments is not None:
                for file in sent.files:
                    self._save(file)
        self.printed = len(self.offline.transcript)

    def _save(self, file: Upload) -> None:
        """Writes an attachment into the folder given; only its last path part is used, so a
        name can never point outside it."""
        assert self.save_attachments is not None
        self.save_attachments.mkdir(parents=True, exist_ok=True)
        target = self.save_attachments / (PurePath(file.name).name or "attachment")
        target.write_bytes(file.data)
        self.say(f"[saved {target}]")

    async def handle(self, line: str) -> bool:
        """Run one line; False means quit. A failing store is one line too, and the console
        reads the next, to find the store healed or not."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        # Whatever fell due while the line was typed happens before it, as it would on Discord,
        # and so does an import another process made meanwhile.
        await self._catch_up()
        try:
            if line.startswith(":"):
                # ':reply' is answered like a message: printed now, not before the next line.
                carry_on = await self._console_command(line[1:])
                await self._catch_up()
                return carry_on
            if line.startswith("/"):
                parsed = parse_slash(line, self.commands)
                guild = self.bot.get_guild(self.offline.guild_id)
                options = typed_options(self.commands[parsed.command], parsed.options, guild)
                await self.offline.slash(self.user, parsed.command, options)
            elif line.lower().startswith("@bot"):
                await self.offline.mention(self.user, line[4:].strip())
            else:
                raise LineError("start with / for a command, @bot to chat, or :help")
        except (LineError, OptionError) as exc:
            self.say(f"! {exc}")
        except StorageFailure as failure:
            self.say(f"! The store is failing: {failure}; that did nothing.")
        await self._catch_up()
        return True

    async def _catch_up(self) -> None:
        """Refresh and settle, then print; while the store fails, say so once, not on every
        line, and let the line run (its command answers for itself)."""
        try:
            await self._refresh()
            await self._settle()
        except StorageFailure as failure:
            if not self.store_failing:
                self.say(f"! The store is failing: {failure}. Reminders wait until it works.")
            self.store_failing = True
        else:
            self.store_failing = False
        self.flush_sent()

    async def _refresh(self) -> None:
        if time.monotonic() - self._refreshed_at >= REFRESH_SECONDS:
            await self.bot.refresh_conferences()
            self._refreshed_at = time.monotonic()

    async def _settle(self) -> None:
        """Let the reminders due by now go out, when there may be some: the dispatcher was
        asked to look again since the last settle (a subscription, an import, a lease taken
        over), or the next reminder it knew of is due. Settling before and after every line
        cost some 20 ms a line, most lines having nothing to send."""
        dispatcher = self.bot.dispatcher
        if dispatcher is None:
            return
        due = self._next_due
        if dispatcher.wakes == self._wakes_seen and (due is None or self.bot.clock.now() < due):
            return
        await self.bot.settle()
        self._next_due = await self.bot.next_due()
        self._wakes_seen = dispatcher.wakes

    async def _console_command(self, text: str) -> bool:
        name, _, rest = text.partition(" ")
        if name in ("quit", "q", "exit"):
            return False
        if name == "help":
            self.say(console_help(self.bot.conference))
        elif name == "now":
            local = self.bot.clock.now().astimezone(self.bot.conference.zone)
            self.say(f"It is {local:%a %d %b %Y, %H:%M %Z} at the venue.")
        elif name == "advance":
            clock = self.bot.clock
            if not isinstance(clock, RehearsalClock):
                raise LineError("time can only be moved in rehearsal mode")
            await self._advance(clock, parse_duration(rest))
            local = clock.now().astimezone(self.bot.conference.zone)
            self.say(f"Time is now {local:%a %d %b, %H:%M %Z}.")
        elif name == "goto":
            await self._goto(rest.strip())
        elif name == "reply":
            await self._reply(rest.strip())
        elif name == "import":
            await self._import(rest.strip())
        elif name == "click":
            await self._click(rest.strip())
        else:
            raise LineError(f"unknown console command :{name}; try :help")
        return True

    async def _goto(self, when: str) -> None:
        """Jump to a venue time (reminders due on the way go out, as with :advance); only in
        rehearsal, and only forward, as time runs."""
        clock = self.bot.clock
        if not isinstance(clock, RehearsalClock):
            raise LineError("time can only be moved in rehearsal mode")
        zone = self.bot.conference.zone
        try:
            target = datetime.fromisoformat(when)
        except ValueError as exc:
            raise LineError("give a venue time, e.g. :goto 2019-05-07T11:30") from exc
        target = target if target.tzinfo else target.replace(tzinfo=zone)
        if target < clock.now():
            raise LineError("time only runs forward; start again with --now for an earlier moment")
        await self._advance(clock, target - clock.now())
        self.say(f"Time is now {clock.now().astimezone(zone):%a %d %b, %H:%M %Z}.")

    async def _reply(self, text: str) -> None:
        """Reply, as Discord's reply button does, to the bot's last answer in the channel."""
        if not text:
            raise LineError("say what to reply, e.g. :reply when is it?")
        answer = next(
            (
                sent
                for sent in reversed(self.offline.transcript)
                if sent.route == "channel" and sent.message_id is not None
            ),
            None,
        )
        if answer is None:
            raise LineError("the bot has not answered in chat yet; ask it with @bot first")
        await self.offline.reply(self.user, answer, text)

    async def _click(self, which: str) -> None:
        """Press a button of the last message that has any, by its label or its number."""
        if not which:
            raise LineError("say which button, e.g. :click Add to agenda or :click 1")
        message = next(
            (sent for sent in reversed(self.offline.transcript) if sent.components), None
        )
        if message is None:
            raise LineError("no message has buttons yet; /paper or /session answers do")
        await self.offline.click(self.user, message, int(which) if which.isdigit() else which)

    async def _import(self, source: str) -> None:
        """`confbot import` from inside a rehearsal: the changes it finds are noticed at once,
        and their notices printed like any message the bot sends."""
        if not source:
            raise LineError("name a file or URL to import, e.g. :import schedule.json")
        from bot.imports.apart import import_apart

        try:
            done = await import_apart(self.bot.store, source, self.bot.clock.now())
        except DataError as exc:
            raise LineError(str(exc)) from exc
        for line in done.lines:
            self.say(line)
        await self.bot.refresh_conferences()

    async def _advance(self, clock: RehearsalClock, delta: timedelta) -> None:
        """Move time in steps, stopping at each due reminder on the way, so every reminder goes
        out at its own time ("starts in 10 minutes") instead of all at the end of the jump."""
        end = clock.now() + delta
        while (due := await self.bot.next_due()) is not None and clock.now() < due < end:
            clock.advance(due - clock.now())
            await self._settle_at(clock)
        clock.advance(max(end - clock.now(), timedelta()))
        await self._settle_at(clock)

    async def _settle_at(self, clock: RehearsalClock) -> None:
        """Run what is due and print it under the venue time it went out at."""
        await self.bot.settle()
        if len(self.offline.transcript) > self.printed:
            local = clock.now().astimezone(self.bot.conference.zone)
            self.say(f"-- {local:%a %d %b, %H:%M %Z} --")
            self.flush_sent()


async def run_console(
    settings: Settings,
    *,
    user: str,
    admin: bool,
    save_attachments: Path | None = None,
    locale: str = "en-US",
) -> int:
    """Run until EOF or :quit; exit code 0. `locale` is both yours and the server's."""
    start = settings.now or SystemClock().now()
    bot = await create_bot(settings, RehearsalClock(start, settings.speed))
    offline = OfflineDiscord(bot, guild_locale=locale)
    me = OfflineUser(id=100_000_000_000_000_001, name=user, manage_guild=admin, locale=locale)
    interactive = sys.stdin.isatty()
    await offline.start()
    offline.add_user(me)
    console = Console(bot, offline, me, sys.stdout, save_attachments)
    if bot.dispatcher is not None and not bot.dispatcher.delivering:
        holder = bot.dispatcher.other_holder or "another confbot process"
        console.say(f"! Reminders are off in this console: {holder} sends this database's.")
    live = asyncio.create_task(_print_live(console)) if interactive else None
    try:
        if interactive:
            install_completion(list(console.commands))
            console.say(banner(bot.conference, bot.clock.now()))
        while not console.reader_gone and await console.handle(await _read_line(interactive)):
            pass
    except EOFError:
        pass
    except BrokenPipeError:
        # From input()'s prompt, when stdin is a terminal but stdout a pipe.
        _discard_output(sys.stdout)
    finally:
        if live is not None:
            live.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await live
        await offline.close()
    return 0


def _discard_output(out: TextIO) -> None:
    """Points the closed pipe at /dev/null, so the flush at exit has nowhere to fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, out.fileno())
    finally:
        os.close(devnull)


async def _read_line(interactive: bool) -> str:
    """One line without blocking the event loop, so reminders keep firing while you type."""
    if interactive:
        return await asyncio.to_thread(input, "> ")
    line: str = await asyncio.to_thread(sys.stdin.readline)
    if line == "":
        raise EOFError
    return line


async def _print_live(console: Console) -> None:
    """In a terminal, reminders that fall due while you read are printed as they happen."""
    while True:
        await asyncio.sleep(0.5)
        console.flush_sent()
