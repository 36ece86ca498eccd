"""The sentences the code hands to the catalogues, found by reading it: every call of
`translate`, `translate_plural`, `N_` (and `t`, a `translate` bound to a language) whose
message is written out, with its domain and context."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CONTEXTS = {"NAME": "name", "KIND": "kind"}
"""The named contexts the code passes (bot.discord.translator.NAME, bot.discord.words.KIND)."""
MESSAGE_ARGUMENTS = {"translate": (1,), "translate_plural": (1, 2), "N_": (0,), "t": (0,)}


@dataclass(frozen=True)
class Message:
    text: str
    plural: str | None
    domain: str
    context: str | None
    where: str


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((kw.value for kw in call.keywords if kw.arg == name), None)


def _domain(call: ast.Call) -> str:
    node = _keyword(call, "domain")
    if node is None:
        return "confbot"
    attribute = _name(node) or "CONFBOT"
    return attribute.lower()


def _context(call: ast.Call) -> str | None:
    node = _keyword(call, "context")
    if node is None:
        return None
    literal = _literal(node)
    if literal is not None:
        return literal
    name = _name(node)
    return CONTEXTS.get(name or "", name)


def _messages_in(path: Path) -> list[Message]:
    found: list[Message] = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        positions = MESSAGE_ARGUMENTS.get(_name(node.func) or "")
        if positions is None or len(node.args) <= positions[-1]:
            continue
        texts = [_literal(node.args[index]) for index in positions]
        if texts[0] is None:
            continue
        plural = texts[1] if len(texts) > 1 else None
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        found.append(Message(texts[0], plural, _domain(node), _context(node), where))
    return found


def code_messages() -> list[Message]:
    """Every written-out message of the bot's code (bot/ and cogs/)."""
    return [
        message
        for folder in ("bot", "cogs")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for message in _messages_in(path)
    ]
