"""What the Discord client lets a user send: only commands it shows them, only the options a
command declares, only values of the declared type, inside the declared range and choices.

A refusal raises :class:`OptionError` instead of reaching the bot, because in production the
bot never sees such an interaction: a test that trips one is testing the impossible.
"""

from __future__ import annotations

import math
from typing import Any, Final

import discord

from bot.discord import limits
from bot.offline import payloads
from bot.offline.payloads import EVERYONE_PERMISSIONS, OfflineUser
from bot.offline.state import InteractionRecord, OfflineState

_OPTION_TYPES: Final = {
    3: "a string",
    4: "an integer",
    5: "a boolean",
    6: "a user",
    7: "a channel",
    8: "a role",
    10: "a number",
}
_GROUPS: Final = (1, 2)
"""Option types of a subcommand and a subcommand group."""

Resolved = dict[str, dict[str, Any]]


class OptionError(ValueError):
    """The Discord client would not have let the user send this command at all."""


def interaction(
    state: OfflineState,
    kind: int,
    user: OfflineUser,
    command: str,
    options: dict[str, Any],
    focused: str | None,
    channel_id: int,
    *,
    in_dm: bool = False,
) -> tuple[InteractionRecord, dict[str, Any]]:
    """INTERACTION_CREATE for a command (or, with ``focused``, for the autocomplete of one of
    its options), in the channel or, ``in_dm``, in the user's DM with the bot, and the
    protocol state Discord keeps for it from then on."""
    state.add_user(user)
    parts = command.strip().lstrip("/").split()
    label = f"/{' '.join(parts)} by {user.name}"
    data = _command_data(state, parts, user, options, focused, label, in_dm)
    interaction_id = state.next_id()
    if in_dm:
        channel_id = state.dm_channel_with(user.id)
    record = InteractionRecord(interaction_id, label, channel_id, state.clock.monotonic(), kind)
    state.interactions[payloads.interaction_token(interaction_id)] = record
    if in_dm:
        channel = payloads.dm_channel(channel_id, user)
        app_id = state.application_id
        return record, payloads.dm_interaction(interaction_id, app_id, kind, data, channel, user)
    payload = payloads.interaction(
        interaction_id,
        state.application_id,
        kind,
        data,
        state.guild_id,
        payloads.text_channel(state.guild_id, channel_id, state.channel_name(channel_id)),
        state.member(user),
        locale=user.locale,
        guild_locale=state.guild_locale,
    )
    return record, payload


def _command_data(
    state: OfflineState,
    parts: list[str],
    user: OfflineUser,
    options: dict[str, Any],
    focused: str | None,
    label: str,
    in_dm: bool,
) -> dict[str, Any]:
    """Found in the schema the bot would sync, which is what Discord offers users."""
    root, guild_id, leaf, path = _resolve_command(state, parts, user, label, in_dm)
    resolved: Resolved = {}
    built = _options(state, leaf, options, focused, resolved, label)
    for name, option_type in reversed(path):
        built = [{"type": option_type, "name": name, "options": built}]
    data: dict[str, Any] = {
        "id": str(state.command_id(root["name"], guild_id)),
        "name": root["name"],
        "type": 1,
        "options": built,
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if resolved and focused is None:
        data["resolved"] = resolved
    return data


def _resolve_command(
    state: OfflineState, parts: list[str], user: OfflineUser, label: str, in_dm: bool
) -> tuple[dict[str, Any], int | None, dict[str, Any], list[tuple[str, int]]]:
    """The command's root, its guild (None if global), the leaf invoked and the path to it."""
    tree = state.bot.tree
    if not parts:
        raise OptionError("empty command name")
    chat_input = discord.AppCommandType.chat_input
    guild = discord.Object(state.guild_id)
    guild_commands = [] if in_dm else tree.get_commands(guild=guild, type=chat_input)
    candidates: list[tuple[Any, int | None]] = [(cmd, state.guild_id) for cmd in guild_commands]
    candidates += [(cmd, None) for cmd in tree.get_commands(type=chat_input)]
    found = next(((cmd, gid) for cmd, gid in candidates if cmd.name == parts[0]), None)
    if found is None:
        known = sorted({cmd.name for cmd, _ in candidates})
        raise OptionError(f"{label}: unknown command /{parts[0]}; known: {', '.join(known)}")
    root = found[0].to_dict(tree)
    if in_dm:
        _check_offered_in_dms(root, label)
    else:
        _check_visible(state, root, user, label)
    node, path = root, []
    for part in parts[1:]:
        subcommands = {o["name"]: o for o in node.get("options", []) if o["type"] in _GROUPS}
        if part not in subcommands:
            raise OptionError(
                f"{label}: /{node['name']} has no subcommand {part!r}; "
                f"choose one of: {', '.join(sorted(subcommands)) or 'none'}"
            )
        node = subcommands[part]
        path.append((part, int(node["type"])))
    nested = [o["name"] for o in node.get("options", []) if o["type"] in _GROUPS]
    if nested:
        raise OptionError(
            f"{label}: /{node['name']} is a group; choose one of: {', '.join(nested)}"
        )
    return root, found[1], node, path


def _check_offered_in_dms(root: dict[str, Any], label: str) -> None:
    """Discord offers a command in a DM with the bot only when its contexts include bot DMs
    (1); without contexts, a guild-installed app's command is offered there too."""
    contexts = root.get("contexts")
    if contexts is not None and 1 not in contexts:
        raise OptionError(f"{label}: /{root['name']} is not available in DMs")


def _check_visible(
    state: OfflineState, root: dict[str, Any], user: OfflineUser, label: str
) -> None:
    required = root.get("default_member_permissions")
    if root["name"] in state.granted_to_everyone:
        required = None
    have = state.permissions(user)
    if required is not None and not have.administrator and int(required) & ~have.value:
        needed = [name for name, on in discord.Permissions(int(required)) if on]
        raise OptionError(
            f"{label}: Discord hides /{root['name']} from members without "
            f"{', '.join(needed)} (default_member_permissions)"
        )
    contexts = root.get("contexts")
    if contexts is not None and 0 not in contexts:
        raise OptionError(f"{label}: /{root['name']} is not available in servers")


def _options(
    state: OfflineState,
    leaf: dict[str, Any],
    given: dict[str, Any],
    focused: str | None,
    resolved: Resolved,
    label: str,
) -> list[dict[str, Any]]:
    specs = {o["name"]: o for o in leaf.get("options", [])}
    unknown = sorted(set(given) - set(specs))
    if unknown:
        raise OptionError(
            f"{label}: unknown option(s) {', '.join(unknown)}; "
            f"options are: {', '.join(specs) or 'none'}"
        )
    if focused is not None:
        if focused not in specs or not specs[focused].get("autocomplete"):
            raise OptionError(f"{label}: option {focused!r} has no autocomplete")
    else:
        missing = [n for n, s in specs.items() if s.get("required") and n not in given]
        if missing:
            raise OptionError(f"{label}: missing required option(s) {', '.join(missing)}")
    built: list[dict[str, Any]] = []
    for name, spec in specs.items():
        if name == focused:
            value = given.get(name, "")
            built.append({"type": spec["type"], "name": name, "value": value, "focused": True})
        elif name in given:
            where = f"{label}: option {name!r}"
            value = _option_value(state, spec, given[name], resolved, where)
            built.append({"type": spec["type"], "name": name, "value": value})
    return built


def _option_value(
    state: OfflineState, spec: dict[str, Any], value: Any, resolved: Resolved, where: str
) -> Any:
    """Checks one value as the Discord client's option picker would, then encodes it."""
    kind = int(spec["type"])
    if kind not in _OPTION_TYPES:
        raise OptionError(f"{where}: option type {kind} is not simulated offline")
    expected = f"{where} expects {_OPTION_TYPES[kind]}, got {value!r}"
    if kind == 3:
        _check_text(spec, value, expected, where)
    elif kind in (4, 10):
        _check_number(kind, spec, value, expected, where)
    elif kind == 5:
        if not isinstance(value, bool):
            raise OptionError(expected)
    else:
        return _resolve_snowflake(state, kind, spec, value, resolved, expected)
    choices = spec.get("choices")
    if choices and not any(c["value"] == value for c in choices):
        listed = ", ".join(f"{c['value']!r} ({c['name']})" for c in choices)
        raise OptionError(f"{where} must be one of: {listed}; got {value!r}")
    return value


def _check_text(spec: dict[str, Any], value: Any, expected: str, where: str) -> None:
    if not isinstance(value, str):
        raise OptionError(expected)
    low, high = spec.get("min_length"), spec.get("max_length")
    if low is not None and len(value) < low:
        raise OptionError(f"{where} must be at least {low} characters (got {len(value)})")
    if high is not None and len(value) > high:
        raise OptionError(f"{where} must be at most {high} characters (got {len(value)})")


def _check_number(kind: int, spec: dict[str, Any], value: Any, expected: str, where: str) -> None:
    is_number = isinstance(value, int) or (kind == 10 and isinstance(value, float))
    if isinstance(value, bool) or not is_number or not math.isfinite(value):
        raise OptionError(expected)
    low = spec.get("min_value", -limits.OPTION_NUMBER)
    high = spec.get("max_value", limits.OPTION_NUMBER)
    if value < low:
        raise OptionError(f"{where} must be at least {low} (got {value})")
    if value > high:
        raise OptionError(f"{where} must be at most {high} (got {value})")


def _resolve_snowflake(
    state: OfflineState,
    kind: int,
    spec: dict[str, Any],
    value: Any,
    resolved: Resolved,
    expected: str,
) -> str:
    """Users, channels and roles travel as ids plus a ``resolved`` section, like Discord's."""
    if kind == 6:
        user = value if isinstance(value, OfflineUser) else state.users.get(value)
        if user is None:
            raise OptionError(f"{expected} (pass an OfflineUser or a known user id)")
        state.add_user(user)
        resolved.setdefault("users", {})[str(user.id)] = payloads.user(user)
        resolved.setdefault("members", {})[str(user.id)] = state.member(user, with_user=False)
        return str(user.id)
    if kind == 7:
        known = isinstance(value, int) and value in state.channels
        if not known or value in state.deleted_channels:
            raise OptionError(f"{expected} (pass the id of an existing text channel)")
        allowed = spec.get("channel_types")
        if allowed is not None and 0 not in allowed:
            raise OptionError(f"{expected}: only channel types {allowed} are offered")
        payload = state.text_channel(value)
        payload["permissions"] = str(EVERYONE_PERMISSIONS.value)
        resolved.setdefault("channels", {})[str(value)] = payload
        return str(value)
    roles = {role["id"]: role for role in payloads.roles(state.guild_id)}
    if str(value) not in roles or isinstance(value, bool):
        raise OptionError(f"{expected} (known role ids: {', '.join(roles)})")
    resolved.setdefault("roles", {})[str(value)] = roles[str(value)]
    return str(value)
