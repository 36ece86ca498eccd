"""Clicking a button on a message the bot sent: INTERACTION_CREATE of type 3 (a message
component), carrying the button's custom_id and the message it sits on, as Discord sends it.

Discord lets a user press only what the message shows: a button of that message, not a link
button (the client opens its URL and the bot hears nothing) and not a disabled one. Those are
refused with :class:`~bot.offline.options.OptionError`, like an option the client would not
offer, because the bot never sees such a click.
"""

from __future__ import annotations

from typing import Any, Final

from bot.offline import payloads
from bot.offline.component_checks import BUTTON, LINK_STYLE
from bot.offline.options import OptionError
from bot.offline.payloads import OfflineUser
from bot.offline.state import InteractionRecord, OfflineState, Sent

COMPONENT: Final = 3


def buttons_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The message's buttons in reading order: row by row, left to right."""
    return [
        item
        for row in message.get("components") or []
        for item in row.get("components") or []
        if int(item.get("type") or 0) == BUTTON
    ]


def pick_button(buttons: list[dict[str, Any]], which: str | int) -> dict[str, Any]:
    """A button by its label (case does not matter) or by its place, counting from 1."""
    if isinstance(which, int):
        if not 1 <= which <= len(buttons):
            raise OptionError(f"there is no button {which}: the message has {len(buttons)}")
        return buttons[which - 1]
    wanted = which.strip().casefold()
    found = [b for b in buttons if str(b.get("label") or "").casefold() == wanted]
    if not found:
        labels = ", ".join(repr(b.get("label")) for b in buttons) or "none"
        raise OptionError(f"no button labelled {which!r}; the buttons are: {labels}")
    return found[0]


def click(
    state: OfflineState, user: OfflineUser, on: Sent, which: str | int
) -> tuple[InteractionRecord, dict[str, Any]]:
    """The interaction of ``user`` pressing a button of ``on``, and the protocol state
    Discord keeps for it from then on."""
    message = state.messages.get(on.message_id or 0)
    if message is None:
        raise OptionError("that message has no buttons to press (nothing was sent to it)")
    button = pick_button(buttons_of(message), which)
    if int(button.get("style") or 0) == LINK_STYLE:
        raise OptionError(f"{button.get('label')!r} is a link: it opens {button.get('url')}")
    if button.get("disabled"):
        raise OptionError(f"{button.get('label')!r} is disabled")
    state.add_user(user)
    interaction_id = state.next_id()
    label = f"click {button.get('label')!r} by {user.name}"
    channel_id = int(message["channel_id"])
    record = InteractionRecord(
        interaction_id, label, channel_id, state.clock.monotonic(), COMPONENT
    )
    state.interactions[payloads.interaction_token(interaction_id)] = record
    data = {"custom_id": button["custom_id"], "component_type": BUTTON}
    payload = payloads.interaction(
        interaction_id,
        state.application_id,
        COMPONENT,
        data,
        state.guild_id,
        payloads.text_channel(state.guild_id, channel_id, state.channel_name(channel_id)),
        state.member(user),
        locale=user.locale,
        guild_locale=state.guild_locale,
    )
    payload["message"] = message
    return record, payload
