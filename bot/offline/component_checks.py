"""What Discord refuses in a message's components (action rows of buttons), worded as Discord
words it: the leaves of the ``errors`` object of a 400 Invalid Form Body (code 50035).

Discord refuses the whole message for one bad button, so a renderer that adds a sixth button
or a duplicate custom_id loses the answer, not just the button.
"""

from __future__ import annotations

from typing import Any, Final

from bot.discord import limits

Problem = tuple[str, str, str]

ACTION_ROW: Final = 1
BUTTON: Final = 2
LINK_STYLE: Final = 5


def components_problems(components: list[dict[str, Any]], prefix: str = "") -> list[Problem]:
    """Why Discord refuses these top-level components, if it does."""
    path = f"{prefix}components"
    problems: list[Problem] = []
    if len(components) > limits.ACTION_ROWS:
        problems.append((path, "BASE_TYPE_MAX_LENGTH", _at_most(limits.ACTION_ROWS)))
    seen: set[str] = set()
    for number, row in enumerate(components):
        row_path = f"{path}.{number}"
        if int(row.get("type") or 0) != ACTION_ROW:
            problems.append(
                (f"{row_path}.type", "COMPONENT_LAYOUT_INVALID", "Top level must be action rows")
            )
            continue
        children = list(row.get("components") or [])
        if len(children) > limits.ROW_COMPONENTS:
            problems.append(
                (
                    f"{row_path}.components",
                    "BASE_TYPE_MAX_LENGTH",
                    _at_most(limits.ROW_COMPONENTS),
                )
            )
        for index, child in enumerate(children):
            problems += _item_problems(child, f"{row_path}.components.{index}", seen)
    return problems


def _item_problems(item: dict[str, Any], path: str, seen: set[str]) -> list[Problem]:
    """One component inside a row: its label, and the custom_id or url its style needs."""
    problems: list[Problem] = []
    label = item.get("label")
    if isinstance(label, str) and len(label) > limits.BUTTON_LABEL:
        problems.append((f"{path}.label", "BASE_TYPE_MAX_LENGTH", _at_most(limits.BUTTON_LABEL)))
    custom_id = item.get("custom_id")
    is_link = int(item.get("type") or 0) == BUTTON and int(item.get("style") or 0) == LINK_STYLE
    if is_link:
        if not item.get("url"):
            problems.append((f"{path}.url", "BASE_TYPE_REQUIRED", "This field is required"))
        if custom_id is not None:
            problems.append(
                (
                    f"{path}.custom_id",
                    "BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID",
                    "A link button cannot have a custom id",
                )
            )
        return problems
    if not isinstance(custom_id, str) or not custom_id:
        problems.append((f"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required"))
        return problems
    if len(custom_id) > limits.CUSTOM_ID:
        problems.append((f"{path}.custom_id", "BASE_TYPE_MAX_LENGTH", _at_most(limits.CUSTOM_ID)))
    if custom_id in seen:
        problems.append(
            (
                f"{path}.custom_id",
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            )
        )
    seen.add(custom_id)
    return problems


def _at_most(limit: int) -> str:
    return f"Must be {limit} or fewer in length."
