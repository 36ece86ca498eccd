"""The interaction routes, and the order Discord enforces on them.

One initial response (a message, a deferral or autocomplete choices) within the response
deadline, else 10062 Unknown interaction; never a second one (40060); follow-ups and edits of
the original only after it (10015 Unknown Webhook); and the first follow-up after a deferral
with thinking replaces the "is thinking..." message and keeps its visibility.
"""

from __future__ import annotations

from typing import Any

import discord

from bot.offline import payloads
from bot.offline.checks import choice_problems, error_body
from bot.offline.payloads import EPHEMERAL, LOADING
from bot.offline.state import InteractionRecord, OfflineState, Sent
from bot.offline.transport import Reply, Upload

_AUTOCOMPLETE_RESULT = 8
_MESSAGE = 4
_DEFERRED_MESSAGE = 5
_DEFERRED_UPDATE = 6


class InteractionRoutes:
    """Callbacks, follow-ups and edits of the original response, through the webhook token."""

    def __init__(self, state: OfflineState) -> None:
        self._state = state

    def callback(self, params: dict[str, str], body: dict[str, Any], files: list[Upload]) -> Reply:
        """The initial response: a message, a deferral or autocomplete choices."""
        record = self._record_for(params)
        response_type = int(body["type"])
        data = dict(body.get("data") or {})
        route = "autocomplete" if response_type == _AUTOCOMPLETE_RESULT else "response"
        fault = self._state.faults.take(route)
        if fault is not None and not fault.after_create:
            return fault.reply()
        where = f"{record.label} ({route})"
        refused = self._refused(record, where)
        if refused is not None:
            return refused
        if response_type == _AUTOCOMPLETE_RESULT:
            reply = self._autocomplete_result(record, data, where)
        else:
            reply = self._initial_response(record, response_type, data, files, where)
        if fault is not None and reply.ok:
            return fault.reply()
        return reply

    def followup(self, params: dict[str, str], body: dict[str, Any], files: list[Upload]) -> Reply:
        record = self._record_for(params)
        fault = self._state.faults.take("followup")
        if fault is not None and not fault.after_create:
            return fault.reply()
        where = f"{record.label} (followup)"
        if not record.acknowledged:
            refusal = "Unknown Webhook (follow-up sent before any initial response)"
            return self._state.reject(404, 10015, refusal, where, [])
        message = self._state.bot_message(record.channel_id, body, files, interaction=True)
        rejected = self._state.validate(message, where)
        if rejected is not None:
            return rejected
        if record.defer_pending:
            record.defer_pending = False
            record.original = message
            ephemeral = record.ephemeral
        else:
            ephemeral = bool(int(body.get("flags") or 0) & EPHEMERAL)
        message["flags"] = (int(message["flags"]) & ~EPHEMERAL) | (EPHEMERAL if ephemeral else 0)
        self._state.record_sent(message, "followup", body, ephemeral=ephemeral, files=files)
        if fault is not None:
            return fault.reply()
        return Reply(200, message)

    def edit_original(
        self, params: dict[str, str], body: dict[str, Any], files: list[Upload]
    ) -> Reply:
        record = self._record_for(params)
        where = f"{record.label} (edit)"
        if not record.acknowledged:
            refusal = "Unknown Webhook (original response edited before any initial response)"
            return self._state.reject(404, 10015, refusal, where, [])
        fault = self._state.faults.take("edit")
        if fault is not None and not fault.after_create:
            return fault.reply()
        if record.original is None:
            return Reply(404, error_body(10008, "Unknown Message"))
        edited = self._edited(record.original, body, files)
        rejected = self._state.validate(edited, where)
        if rejected is not None:
            return rejected
        record.original = edited
        record.defer_pending = False
        self._state.record_sent(edited, "edit", body, ephemeral=record.ephemeral, files=files)
        if fault is not None:
            return fault.reply()
        return Reply(200, edited)

    def _record_for(self, params: dict[str, str]) -> InteractionRecord:
        return self._state.interactions[params["webhook_token"]]

    def _refused(self, record: InteractionRecord, where: str) -> Reply | None:
        state = self._state
        if record.acknowledged:
            return state.reject(400, 40060, "Interaction has already been acknowledged", where, [])
        late = state.clock.monotonic() - record.started
        if late <= state.response_deadline:
            return None
        record.refused = True
        return state.reject(
            404,
            10062,
            f"Unknown interaction (answered after {late:.2f} s, "
            f"limit {state.response_deadline:g} s)",
            where,
            [],
        )

    def _autocomplete_result(
        self, record: InteractionRecord, data: dict[str, Any], where: str
    ) -> Reply:
        choices = list(data.get("choices") or [])
        problems = choice_problems(choices)
        if problems:
            record.refused = True
            return self._state.reject(400, 50035, "Invalid Form Body", where, problems)
        record.acknowledged = True
        record.choices = choices
        self._state.transcript.append(
            Sent("autocomplete", record.channel_id, None, [], True, None, None, choices)
        )
        return Reply(204)

    def _initial_response(
        self,
        record: InteractionRecord,
        response_type: int,
        data: dict[str, Any],
        files: list[Upload],
        where: str,
    ) -> Reply:
        ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        deferred = response_type in (_DEFERRED_MESSAGE, _DEFERRED_UPDATE)
        if response_type in (_MESSAGE, _DEFERRED_MESSAGE):
            message = self._state.bot_message(record.channel_id, data, files, interaction=True)
            if response_type == _DEFERRED_MESSAGE:
                message["flags"] = int(message["flags"]) | LOADING
            else:
                rejected = self._state.validate(message, where, prefix="data.")
                if rejected is not None:
                    record.refused = True
                    return rejected
            record.original = message
            self._state.messages[int(message["id"])] = message
        record.acknowledged = True
        record.ephemeral = ephemeral
        record.defer_pending = response_type == _DEFERRED_MESSAGE
        self._state.transcript.append(
            Sent(
                "response",
                record.channel_id,
                None if deferred else (data.get("content") or None),
                [] if deferred else list(data.get("embeds") or []),
                ephemeral,
                data.get("allowed_mentions"),
                None,
                None,
                deferred=deferred,
                message_id=int(record.original["id"]) if record.original else None,
                attachments=[] if deferred else [file.name for file in files],
                files=[] if deferred else list(files),
                components=list(data.get("components") or []),
            )
        )
        return Reply(200, _callback_answer(record, response_type, ephemeral))

    def _edited(
        self, current: dict[str, Any], body: dict[str, Any], files: list[Upload]
    ) -> dict[str, Any]:
        """The message after the edit: only the keys the bot sent change."""
        edited = dict(current)
        for key in ("content", "embeds", "components"):
            if key in body:
                edited[key] = body[key] or ("" if key == "content" else [])
        if "attachments" in body:
            # The bot lists the attachments to keep by id; new files come after them.
            kept = {str(a.get("id")) for a in body["attachments"] or []}
            old = [a for a in current.get("attachments") or [] if a["id"] in kept]
            new = [
                payloads.attachment(self._state.next_id(), file.name, len(file.data))
                for file in files
            ]
            edited["attachments"] = old + new
        edited["flags"] = int(current.get("flags") or 0) & ~LOADING
        edited["edited_timestamp"] = discord.utils.utcnow().isoformat()
        return edited


def _callback_answer(
    record: InteractionRecord, response_type: int, ephemeral: bool
) -> dict[str, Any]:
    """The interaction callback response discord.py reads the original message from."""
    interaction: dict[str, Any] = {
        "id": str(record.id),
        "type": record.type,
        "response_message_loading": response_type == _DEFERRED_MESSAGE,
        "response_message_ephemeral": ephemeral,
    }
    answer: dict[str, Any] = {"interaction": interaction}
    if record.original is not None:
        interaction["response_message_id"] = record.original["id"]
        answer["resource"] = {"type": response_type, "message": record.original}
    return answer
