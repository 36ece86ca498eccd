"""What Discord refuses in a message or an autocomplete answer, worded as Discord words it.

The numbers are bot/discord/limits.py's, the ones the renderers stay inside, so a renderer and
the offline Discord cannot disagree about a limit. Problems are (path, code, message) triples,
the leaves of Discord's nested ``errors`` object, which discord.py flattens into the text of
the exception the bot (and the test) sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.discord import limits
from bot.offline.component_checks import components_problems

Problem = tuple[str, str, str]


def message_problems(message: dict[str, Any], prefix: str = "") -> list[Problem]:
    """Why Discord answers 400 Invalid Form Body (code 50035) to this message, if it does."""
    problems = _too_long(f"{prefix}content", message.get("content"), limits.CONTENT)
    problems += _too_long(f"{prefix}nonce", message.get("nonce"), limits.NONCE)
    if len(message.get("attachments") or []) > limits.ATTACHMENTS:
        text = f"Must be {limits.ATTACHMENTS} or fewer in length."
        problems.append((f"{prefix}attachments", "BASE_TYPE_MAX_LENGTH", text))
    for index, item in enumerate(message.get("attachments") or []):
        path = f"{prefix}attachments.{index}.description"
        problems += _too_long(path, item.get("description"), limits.ATTACHMENT_DESCRIPTION)
    problems += components_problems(message.get("components") or [], prefix)
    return problems + _embeds_problems(message.get("embeds") or [], prefix)


def too_large(message: dict[str, Any]) -> bool:
    """Discord answers 413 Request entity too large (40005) to a file past the upload limit."""
    sizes = [int(item.get("size") or 0) for item in message.get("attachments") or []]
    return any(size > limits.ATTACHMENT_BYTES for size in sizes)


def is_empty(message: dict[str, Any]) -> bool:
    """Discord answers 50006 "Cannot send an empty message" to these."""
    content = message.get("content") or ""
    return not (
        content.strip()
        or message.get("embeds")
        or message.get("attachments")
        or message.get("components")
        or message.get("sticker_ids")
        or message.get("poll")
    )


def choice_problems(choices: list[dict[str, Any]]) -> list[Problem]:
    """Why Discord refuses this autocomplete answer, if it does."""
    problems: list[Problem] = []
    if len(choices) > limits.CHOICES:
        message = f"Must be {limits.CHOICES} or fewer in length."
        problems.append(("data.choices", "BASE_TYPE_MAX_LENGTH", message))
    for index, choice in enumerate(choices):
        for key in ("name", "value"):
            path = f"data.choices.{index}.{key}"
            problems += _too_long(path, choice.get(key), limits.CHOICE_TEXT)
    return problems


def error_body(code: int, message: str, problems: Iterable[Problem] = ()) -> dict[str, Any]:
    """The JSON body of a Discord error response."""
    body: dict[str, Any] = {"code": code, "message": message}
    errors = _nest(problems)
    if errors:
        body["errors"] = errors
    return body


def _embeds_problems(embeds: list[dict[str, Any]], prefix: str) -> list[Problem]:
    problems: list[Problem] = []
    if len(embeds) > limits.EMBEDS:
        problems.append(
            (f"{prefix}embeds", "BASE_TYPE_MAX_LENGTH", f"Must be {limits.EMBEDS} or fewer.")
        )
    total = 0
    for index, embed in enumerate(embeds):
        texts = _embed_texts(embed, f"{prefix}embeds.{index}")
        problems += _fields_problems(embed.get("fields") or [], f"{prefix}embeds.{index}")
        for path, text, limit in texts:
            problems += _too_long(path, text, limit)
            total += len(text) if isinstance(text, str) else 0
    if total > limits.EMBED_TOTAL:
        problems.append(
            (
                f"{prefix}embeds",
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of {limits.EMBED_TOTAL}",
            )
        )
    return problems


def _embed_texts(embed: dict[str, Any], path: str) -> list[tuple[str, Any, int]]:
    """Every text of an embed with its own limit; together they count towards EMBED_TOTAL."""
    texts = [
        (f"{path}.title", embed.get("title"), limits.EMBED_TITLE),
        (f"{path}.description", embed.get("description"), limits.EMBED_DESCRIPTION),
        (f"{path}.footer.text", (embed.get("footer") or {}).get("text"), limits.FOOTER),
        (f"{path}.author.name", (embed.get("author") or {}).get("name"), limits.AUTHOR_NAME),
    ]
    for number, field in enumerate(embed.get("fields") or []):
        texts.append((f"{path}.fields.{number}.name", field.get("name"), limits.FIELD_NAME))
        texts.append((f"{path}.fields.{number}.value", field.get("value"), limits.FIELD_VALUE))
    return texts


def _fields_problems(fields: list[dict[str, Any]], path: str) -> list[Problem]:
    problems: list[Problem] = []
    if len(fields) > limits.EMBED_FIELDS:
        problems.append(
            (f"{path}.fields", "BASE_TYPE_MAX_LENGTH", f"Must be {limits.EMBED_FIELDS} or fewer.")
        )
    for number, field in enumerate(fields):
        for key in ("name", "value"):
            text = field.get(key)
            if not isinstance(text, str) or not text.strip():
                where = f"{path}.fields.{number}.{key}"
                problems.append((where, "BASE_TYPE_REQUIRED", "This field is required"))
    return problems


def _too_long(path: str, value: Any, limit: int) -> list[Problem]:
    if isinstance(value, str) and len(value) > limit:
        return [(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")]
    return []


def _nest(problems: Iterable[Problem]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for path, code, message in problems:
        node = root
        for part in path.split("."):
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": code, "message": message})
    return root
