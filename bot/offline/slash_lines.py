"""Console lines typed as the Discord client would send them: `/group sub opt:value` split into
a command and its options, and each option's text turned into the type the command declares."""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands


@dataclass(frozen=True)
class SlashLine:
    command: str
    options: dict[str, str]


class LineError(ValueError):
    """A console line that cannot be understood; printed as one line."""


def parse_slash(line: str, commands: dict[str, app_commands.Command[Any, Any, Any]]) -> SlashLine:
    """`/group sub opt:value opt:"two words"`; an unquoted value runs to the next `name:`."""
    body = line[1:].strip()
    head = body.split(None, 2)
    name = None
    for size in (2, 1):
        candidate = " ".join(head[:size])
        if len(head) >= size and candidate in commands:
            name = candidate
            break
    if name is None:
        known = ", ".join(f"/{c}" for c in sorted(commands))
        raise LineError(f"unknown command /{head[0] if head else ''}; try one of: {known}")
    rest = body[len(name) :].strip()
    option_names = [parameter.display_name for parameter in commands[name].parameters]
    return SlashLine(name, _split_options(rest, option_names, name))


def _split_options(rest: str, names: list[str], command: str) -> dict[str, str]:
    if not rest:
        return {}
    if not names:
        raise LineError(f"/{command} takes no options")
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, names)) + r"):")
    marks = list(pattern.finditer(rest))
    if not marks or rest[: marks[0].start()].strip():
        listed = ", ".join(f"{n}:" for n in names)
        raise LineError(f"/{command} options are {listed} (e.g. {names[0]}:value)")
    options: dict[str, str] = {}
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(rest)
        raw = rest[mark.end() : end].strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            try:
                raw = shlex.split(raw)[0]
            except ValueError as exc:
                raise LineError(f"unbalanced quotes in {mark.group(1)}:") from exc
        options[mark.group(1)] = raw
    return options


def typed_options(
    command: app_commands.Command[Any, Any, Any],
    options: dict[str, str],
    guild: discord.Guild | None,
) -> dict[str, Any]:
    """Typed text as the Discord client sends it: numbers as numbers, and channels and roles
    (typed by name, e.g. channel:#general role:Organisers) by id."""
    types = {parameter.display_name: parameter.type for parameter in command.parameters}
    typed: dict[str, Any] = {}
    for name, raw in options.items():
        kind = types[name]
        try:
            if kind is discord.AppCommandOptionType.integer:
                typed[name] = int(raw)
            elif kind is discord.AppCommandOptionType.number:
                typed[name] = float(raw)
            elif kind is discord.AppCommandOptionType.boolean:
                typed[name] = _boolean(raw)
            elif kind is discord.AppCommandOptionType.channel and guild is not None:
                typed[name] = _named(guild.text_channels, raw.lstrip("#"), name)
            elif kind is discord.AppCommandOptionType.role and guild is not None:
                typed[name] = _named(guild.roles, raw.lstrip("@"), name)
            else:
                typed[name] = raw
        except ValueError as exc:
            raise LineError(f"{name}: {exc}") from exc
    return typed


def _boolean(raw: str) -> bool:
    if raw.lower() in ("true", "yes", "1", "on"):
        return True
    if raw.lower() in ("false", "no", "0", "off"):
        return False
    raise ValueError(f"say true or false, not {raw!r}")


def _named(found: Sequence[discord.abc.Snowflake], raw: str, option: str) -> int:
    """The id of the channel or role with that name (or that id)."""
    for item in found:
        if str(item.id) == raw or getattr(item, "name", None) == raw:
            return item.id
    names = ", ".join(str(getattr(item, "name", item.id)) for item in found)
    raise ValueError(f"no {option} named {raw!r}; known: {names}")
