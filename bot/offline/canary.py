"""The discord.py internals the offline Discord relies on, each checked by name.

Driving discord.py's real machinery without a network means touching a few private parts of
it. An upgrade that moved one would make the harness capture nothing while tests still pass,
so :func:`internals_problems` checks every one before each start (and in a test), and names
what moved. Nothing outside bot/offline/ touches them.

The touch points: the webhook adapter's context variable and ``request`` signature,
``HTTPClient.request``, ``Route.path``, the ``ConnectionState`` parsers fed with gateway
payloads, ``Client._async_setup_hook``, ``CommandTree._call``, ``Guild._add_member`` and
``Guild._member_count`` (members added later), and the names discord.py gives the tasks it
spawns per event, per interaction and per button click (awaited until the bot has settled).
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Final, cast

import discord
from discord import app_commands
from discord.http import Route
from discord.state import ConnectionState
from discord.ui.view import ViewStore
from discord.webhook import async_ as webhook_async
from discord.webhook.async_ import AsyncWebhookAdapter

DISPATCH_TASK_PREFIX: Final = "discord.py: "
TREE_TASK_NAME: Final = "CommandTree-invoker"
VIEW_TASK_PREFIXES: Final = ("discord-ui-dynamic-item-", "discord-ui-view-dispatch-")
"""Tasks the view store spawns for a click on a persistent (dynamic) item or a view's item."""
WEBHOOK_REQUEST_PARAMS: Final = (
    "self",
    "route",
    "session",
    "payload",
    "multipart",
    "proxy",
    "proxy_auth",
    "files",
    "reason",
    "auth_token",
    "params",
)
_METHODS: Final[tuple[tuple[type, tuple[str, ...]], ...]] = (
    (
        ConnectionState,
        (
            "parse_interaction_create",
            "parse_message_create",
            "parse_guild_create",
            "parse_channel_create",
            "call_handlers",
        ),
    ),
    (discord.Client, ("_async_setup_hook",)),
    (app_commands.CommandTree, ("_call",)),
    (discord.Guild, ("_add_member",)),
)


def internals_problems() -> list[str]:
    """Names every internal the offline Discord relies on that is missing or has changed."""
    checks = _shape_checks()
    for owner, names in _METHODS:
        for name in names:
            where = f"{owner.__module__}.{owner.__qualname__}.{name}"
            checks.append((where, callable(getattr(owner, name, None)), "is missing"))
    return [f"{name} {detail}" for name, ok, detail in checks if not ok]


def is_dispatch_task(task: asyncio.Task[Any]) -> bool:
    """Whether discord.py spawned this task to run an event handler or a slash command."""
    name = task.get_name()
    return name == TREE_TASK_NAME or name.startswith((DISPATCH_TASK_PREFIX, *VIEW_TASK_PREFIXES))


def _shape_checks() -> list[tuple[str, bool, str]]:
    context_var = getattr(webhook_async, "async_context", None)
    webhook_params = tuple(inspect.signature(AsyncWebhookAdapter.request).parameters)
    http_params = inspect.signature(discord.http.HTTPClient.request).parameters
    route = Route("GET", "/channels/{channel_id}", channel_id=1)
    tree_call = getattr(app_commands.CommandTree, "_from_interaction", None)
    return [
        (
            "discord.webhook.async_.async_context",
            isinstance(context_var, ContextVar)
            and isinstance(contextvars.Context().run(context_var.get), AsyncWebhookAdapter),
            "is no longer a ContextVar holding an AsyncWebhookAdapter",
        ),
        (
            "discord.webhook.async_.AsyncWebhookAdapter.request",
            webhook_params == WEBHOOK_REQUEST_PARAMS,
            f"signature is now {webhook_params}",
        ),
        (
            "discord.http.HTTPClient.request",
            list(http_params)[:2] == ["self", "route"]
            and {"files", "form"} <= set(http_params)
            and any(p.kind is inspect.Parameter.VAR_KEYWORD for p in http_params.values()),
            f"signature is now {tuple(http_params)}",
        ),
        (
            "discord.http.Route.path",
            getattr(route, "path", None) == "/channels/{channel_id}",
            "no longer holds the route template",
        ),
        (
            "discord.Guild._member_count",
            "_member_count" in getattr(discord.Guild, "__slots__", ()),
            "is no longer a slot of Guild",
        ),
        (
            "discord.Client._schedule_event",
            DISPATCH_TASK_PREFIX in _source(getattr(discord.Client, "_schedule_event", None)),
            f"event tasks are no longer named {DISPATCH_TASK_PREFIX!r}...",
        ),
        (
            "discord.ui.view.ViewStore.dispatch_dynamic_items",
            VIEW_TASK_PREFIXES[0] in _source(ViewStore.dispatch_dynamic_items),
            f"click tasks are no longer named {VIEW_TASK_PREFIXES[0]!r}...",
        ),
        (
            "discord.ui.View._dispatch_item",
            VIEW_TASK_PREFIXES[1] in _source(getattr(discord.ui.View, "_dispatch_item", None)),
            f"click tasks are no longer named {VIEW_TASK_PREFIXES[1]!r}...",
        ),
        (
            "discord.app_commands.CommandTree._from_interaction",
            TREE_TASK_NAME in _source(tree_call),
            f"the tree task is no longer named {TREE_TASK_NAME!r}",
        ),
    ]


def _source(obj: object) -> str:
    try:
        return inspect.getsource(cast(Callable[..., Any], obj))
    except (OSError, TypeError):
        return ""
