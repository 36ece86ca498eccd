"""Every Discord route the offline Discord answers, which is every route the product calls.

Interaction answers, follow-ups and edits of the original response; channel posts and DMs
and reading a channel back;
the server's scheduled events; and what ``confbot sync`` calls (the application, the bulk
overwrite of commands). Anything else the bot calls is answered 404 and kept as a violation,
so a new call in the product is noticed here rather than passing a test untried.
"""

from __future__ import annotations

from typing import Any, cast

from bot.offline import payloads
from bot.offline.command_checks import commands_problems
from bot.offline.interactions import InteractionRoutes
from bot.offline.messages import MessageRoutes
from bot.offline.scheduled_events import ScheduledEventRoutes
from bot.offline.state import OfflineState
from bot.offline.transport import Handler, Reply, Upload


def rest_routes(
    state: OfflineState, messages: MessageRoutes, events: ScheduledEventRoutes
) -> dict[str, Handler]:
    """The routes of the bot-token REST API, by discord.py's route template."""
    commands = CommandRoutes(state)
    scheduled = "/guilds/{guild_id}/scheduled-events"
    return {
        f"POST {scheduled}": events.create,
        f"GET {scheduled}": events.list_events,
        f"PATCH {scheduled}/{{guild_scheduled_event_id}}": events.edit,
        f"DELETE {scheduled}/{{guild_scheduled_event_id}}": events.delete,
        "POST /channels/{channel_id}/messages": messages.create_message,
        "GET /channels/{channel_id}/messages": messages.history,
        "POST /users/@me/channels": messages.create_dm,
        "GET /oauth2/applications/@me": commands.application_info,
        "PUT /applications/{application_id}/commands": commands.sync,
        "PUT /applications/{application_id}/guilds/{guild_id}/commands": commands.sync,
    }


def webhook_routes(interactions: InteractionRoutes) -> dict[str, Handler]:
    """The routes an interaction token opens."""
    hook = "/webhooks/{webhook_id}/{webhook_token}"
    return {
        "POST /interactions/{webhook_id}/{webhook_token}/callback": interactions.callback,
        f"POST {hook}": interactions.followup,
        f"PATCH {hook}/messages/@original": interactions.edit_original,
    }


class CommandRoutes:
    """The application and its commands, as ``confbot sync`` publishes them."""

    def __init__(self, state: OfflineState) -> None:
        self._state = state

    def application_info(
        self, params: dict[str, str], body: dict[str, Any], files: list[Upload]
    ) -> Reply:
        state = self._state
        name = state.user_name(state.bot_id)
        return Reply(200, payloads.application(state.application_id, name, state.owner))

    def sync(self, params: dict[str, str], body: Any, files: list[Upload]) -> Reply:
        """Gives each command the id an interaction invoking it will carry, once every name
        and description passes Discord's checks in every language."""
        state = self._state
        problems = commands_problems(cast(list[dict[str, Any]], body))
        if problems:
            return state.reject(400, 50035, "Invalid Form Body", "sync commands", problems)
        guild_id = int(params["guild_id"]) if "guild_id" in params else None
        synced = []
        for command in cast(list[dict[str, Any]], body):
            permissions = command.get("default_member_permissions")
            synced.append(
                command
                | {
                    "id": str(state.command_id(command["name"], guild_id)),
                    "application_id": str(state.application_id),
                    "version": "1",
                    "default_member_permissions": None if permissions is None else str(permissions),
                }
                | ({"guild_id": str(guild_id)} if guild_id is not None else {})
            )
        return Reply(200, synced)
