"""A small Discord on 127.0.0.1 for `confbot run` to connect to over real sockets.

REST: the routes the bot calls (login, gateway, application, DMs, channel messages and their
history, interaction callbacks), each answered after `latency` seconds. Gateway: HELLO,
IDENTIFY -> READY + GUILD_CREATE for each server on the identifying shard (all of them without
one), heartbeats, and INTERACTION_CREATE / MESSAGE_CREATE dispatches. Messages with a nonce
seen within `nonce_window` seconds are not created twice, as Discord does with
`enforce_nonce`. Faults (429, 5xx, 403) are injected per channel; `stall` posts are created
and then never answered, as when the bot dies before Discord's answer reaches it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from bot.offline import payloads
from bot.offline.transport import reason

BOT_ID = 900_000_000_000_000_001
GUILD_ID = 900_000_000_000_000_002
CHANNEL_ID = 900_000_000_000_000_003
OWNER = payloads.OfflineUser(900_000_000_000_000_004, "organiser", manage_guild=True)
SHARD_ID_SHIFT = 22


@dataclass
class Fault:
    """Answer `status` to the next `times` posts in a channel (None: every channel)."""

    status: int
    times: int
    code: int = 0
    retry_after: float = 0.2
    first_retry_after: float | None = None
    """What the first 429 asks to wait, when it differs from the later ones."""


@dataclass
class Posted:
    channel_id: int
    nonce: str | None
    body: dict[str, Any]
    at: float


@dataclass
class DiscordServer:
    """Run with `async with DiscordServer() as server`; `server.api` is the REST base URL."""

    latency: float = 0.0
    nonce_window: float = 120.0
    port: int = 0
    posted: list[Posted] = field(default_factory=list)
    refused: list[Posted] = field(default_factory=list)
    """Posts answered with an injected fault, when they arrived."""
    most_in_flight: int = 0
    """The most requests the bot had waiting for an answer at once."""
    _in_flight: int = 0
    requests: Counter[str] = field(default_factory=Counter)
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    closes: list[int] = field(default_factory=list)
    faults: dict[int | None, Fault] = field(default_factory=dict)
    stall: int = 0
    """How many of the next posts are created but never answered."""
    guilds: dict[int, dict[int, str]] = field(
        default_factory=lambda: {GUILD_ID: {CHANNEL_ID: "general"}}
    )
    """The servers the bot is in, with their channels."""
    shards: list[tuple[int, int]] = field(default_factory=list)
    """(shard id, shard count) of every IDENTIFY that named a shard."""
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(10**18))
    _nonces: dict[str, tuple[float, dict[str, Any]]] = field(default_factory=dict)
    _dms: dict[int, int] = field(default_factory=dict)
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    identified: asyncio.Event = field(default_factory=asyncio.Event)
    logged_in_at: float | None = None
    """When the bot last logged in (monotonic): its rehearsal clock started just before."""
    login_status: int = 200
    """What Discord answers the login with: 401 for a bad token, 400, 5xx..."""
    synced: list[dict[str, Any]] = field(default_factory=list)
    """The slash commands published to it (`confbot sync`), as last sent."""
    _progress: asyncio.Event = field(default_factory=asyncio.Event)
    _closing: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    async def __aenter__(self) -> DiscordServer:
        app = web.Application()
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        app.router.add_get("/gateway", self._gateway)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        self._closing.set()
        await self._runner.cleanup()

    def inject(self, fault: Fault, channel_id: int | None = None) -> None:
        self.faults[channel_id] = fault

    def dm_channel_of(self, user_id: int) -> int:
        return self._dms.setdefault(user_id, next(self._ids))

    def forget_nonces(self) -> None:
        """As if the nonce window had passed for every message sent so far."""
        self._nonces.clear()

    async def until(self, condition: Callable[[], bool]) -> None:
        """Until `condition` holds, checked whenever a message, a callback or a gateway close
        arrives (bound it with asyncio.timeout)."""
        while not condition():
            self._progress.clear()
            await self._progress.wait()

    def nonces(self) -> Counter[str | None]:
        return Counter(post.nonce for post in self.posted)

    # --- REST ---------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        self._in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self._in_flight)
        try:
            return await self._answer(request)
        finally:
            self._in_flight -= 1

    async def _answer(self, request: web.Request) -> web.Response:
        await asyncio.sleep(self.latency)
        path = "/" + request.match_info["path"]
        body = await request.json() if request.can_read_body else None
        key = f"{request.method} {path}"
        if request.method == "GET" and path == "/gateway/bot":
            return _json(
                {
                    "url": f"ws://127.0.0.1:{self.port}/gateway",
                    "shards": 1,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if key == "GET /users/@me":
            if self.login_status != 200:
                return _json({"message": reason(self.login_status), "code": 0}, self.login_status)
            self.logged_in_at = time.monotonic()
            return _json(payloads.bot_user(BOT_ID))
        if request.method == "PUT" and path.endswith("/commands"):
            self.synced = [{**command, "id": str(next(self._ids))} for command in body]
            return _json([{**command, "application_id": str(BOT_ID)} for command in self.synced])
        if key == "GET /oauth2/applications/@me":
            return _json(payloads.application(BOT_ID, "confbot", OWNER))
        if key == "POST /users/@me/channels":
            self.requests["dm"] += 1
            user_id = int(body["recipient_id"])
            return _json(
                {
                    "id": str(self.dm_channel_of(user_id)),
                    "type": 1,
                    "recipients": [
                        {
                            "id": str(user_id),
                            "username": "attendee",
                            "discriminator": "0",
                            "avatar": None,
                        }
                    ],
                }
            )
        if path.startswith("/interactions/"):
            self.callbacks.append(body)
            self._progress.set()
            # discord.py asks for the callback's result (with_response) and reads it.
            return _json({"interaction": {"id": path.split("/")[2], "type": 2}})
        parts = path.split("/")
        if len(parts) == 4 and parts[1] == "channels" and parts[3] == "messages":
            channel_id = int(parts[2])
            if request.method == "GET":
                self.requests["history"] += 1
                return _json(self._history(channel_id))
            return await self._post(channel_id, body)
        return _json({"message": "404: Not Found", "code": 0}, 404)

    async def _post(self, channel_id: int, body: dict[str, Any]) -> web.Response:
        self.requests["post"] += 1
        fault = self.faults.get(channel_id) or self.faults.get(None)
        if fault is not None and fault.times > 0:
            fault.times -= 1
            self.refused.append(Posted(channel_id, body.get("nonce"), body, time.monotonic()))
            if fault.status == 429:
                wait = fault.first_retry_after or fault.retry_after
                fault.first_retry_after = None
                return _json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": wait,
                        "global": False,
                    },
                    429,
                    {"Via": "1.1 google", "Retry-After": str(wait)},
                )
            return _json({"message": "fault", "code": fault.code}, fault.status)
        nonce = body.get("nonce")
        now = time.monotonic()
        if nonce and nonce in self._nonces and now - self._nonces[nonce][0] < self.nonce_window:
            return _json(self._nonces[nonce][1])
        author = payloads.bot_user(BOT_ID)
        message = payloads.created_message(next(self._ids), channel_id, author, body, [])
        if nonce:
            self._nonces[nonce] = (now, message)
        self.posted.append(Posted(channel_id, nonce, body, now))
        self._progress.set()
        await self.dispatch("MESSAGE_CREATE", message)
        if self.stall > 0:
            self.stall -= 1
            await self._closing.wait()
        return _json(message)

    def _history(self, channel_id: int) -> list[dict[str, Any]]:
        """Newest first, as Discord answers; no nonces, as Discord keeps none in history."""
        author = payloads.bot_user(BOT_ID)
        return [
            payloads.created_message(
                next(self._ids), channel_id, author, {**post.body, "nonce": None}, []
            )
            for post in reversed(self.posted)
            if post.channel_id == channel_id
        ][:100]

    # --- Gateway -----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 5000}}))
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                break
            message = json.loads(frame.data)
            if message["op"] == 1:
                await socket.send_str(json.dumps({"op": 11}))
            elif message["op"] == 2:
                await self._ready(socket, message["d"].get("shard"))
        self._sockets.remove(socket)
        if socket.close_code is not None:
            self.closes.append(socket.close_code)
            self._progress.set()
        return socket

    async def _ready(self, socket: web.WebSocketResponse, shard: list[int] | None) -> None:
        guilds = list(self.guilds)
        if shard is not None:
            shard_id, count = shard
            self.shards.append((shard_id, count))
            guilds = [guild for guild in guilds if (guild >> SHARD_ID_SHIFT) % count == shard_id]
        ready = {
            "v": 10,
            "user": payloads.bot_user(BOT_ID),
            "guilds": [{"id": str(guild), "unavailable": True} for guild in guilds],
            "session_id": "live",
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
            "application": {"id": str(BOT_ID), "flags": 0},
        }
        if shard is not None:
            ready["shard"] = shard
        await socket.send_str(json.dumps({"op": 0, "t": "READY", "s": 1, "d": ready}))
        for sequence, guild_id in enumerate(guilds, start=2):
            guild = payloads.guild(guild_id, "Live Test", OWNER.id, BOT_ID, self.guilds[guild_id])
            event = {"op": 0, "t": "GUILD_CREATE", "s": sequence, "d": guild}
            await socket.send_str(json.dumps(event))
        self.identified.set()

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        for socket in list(self._sockets):
            if not socket.closed:
                await socket.send_str(json.dumps({"op": 0, "t": event, "s": None, "d": data}))

    async def slash(
        self, name: str, user: payloads.OfflineUser, text: dict[str, str] | None = None
    ) -> None:
        """A member runs /`name` in the general channel, with these text options."""
        interaction_id = next(self._ids)
        channel = payloads.text_channel(GUILD_ID, CHANNEL_ID, "general")
        options = [
            {"name": option, "type": 3, "value": value} for option, value in (text or {}).items()
        ]
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": options}
        await self.dispatch(
            "INTERACTION_CREATE",
            payloads.interaction(
                interaction_id, BOT_ID, 2, data, GUILD_ID, channel, payloads.member(user, OWNER.id)
            ),
        )


async def start_confbot_run(
    server: DiscordServer,
    database_url: str,
    now: datetime,
    log: Path | None = None,
    **settings: str,
) -> asyncio.subprocess.Process:
    """`confbot run`, unmodified, as a process connected to `server`, in rehearsal time at speed
    1 from `now`, with further settings by variable name; its log is appended to `log`."""
    env = {
        **os.environ,
        "DISCORD_TOKEN": "live-test-token",
        "CONFBOT_DISCORD_API": server.api,
        "CONFBOT_DISCORD_GATEWAY": f"ws://127.0.0.1:{server.port}/gateway",
        "DATABASE_URL": database_url,
        "CONFBOT_NOW": now.isoformat(),
        "CONFBOT_LOG_LEVEL": "WARNING",
        **settings,
    }
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
        )


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses JSON only under exactly this content type (no charset).
    response = web.Response(body=json.dumps(data).encode(), status=status, headers=headers)
    response.headers["Content-Type"] = "application/json"
    return response
