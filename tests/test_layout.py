"""The house plan, enforced: which room may import which, and rooms of a readable size.

Arrows point one way: cogs -> features -> store -> domain; features render through
bot.discord; only bot.offline touches discord.py's internals. A module that needs to go
against an arrow is in the wrong room.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ("programme", "papers", "chat", "reminders", "privacy", "help", "agenda", "events")
DISCORD_IN_FEATURES = frozenset(
    {"render", "answers", "dispatcher", "sending", "notices", "catalogue", "buttons"}
)
"""Inside a feature only these modules speak Discord: the rest is plain async code."""
DISCORD_INTERNALS = ("discord.http", "discord.state", "discord.webhook", "discord.gateway")
MAX_LINES = 500


@dataclass(frozen=True)
class Import:
    module: str
    imported: str
    line: int


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(tree: ast.AST, module: str) -> Iterator[Import]:
    """Run-time imports: those under `if TYPE_CHECKING:` only name types."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield Import(module, node.module, node.lineno)
            for alias in node.names:
                yield Import(module, f"{node.module}.{alias.name}", node.lineno)
        else:
            yield from _imports(node, module)


def _sources() -> list[Path]:
    return sorted(
        path
        for folder in ("bot", "cogs")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts
    )


def all_imports() -> list[Import]:
    found: list[Import] = []
    for path in _sources():
        found += _imports(ast.parse(path.read_text(), str(path)), _module_name(path))
    return found


def _within(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def forbidden(item: Import) -> str | None:
    """Why this import goes against an arrow, or None."""
    module, imported = item.module, item.imported
    features = tuple(f"bot.{feature}" for feature in FEATURES)
    if _within(imported, *DISCORD_INTERNALS) and not _within(module, "bot.offline"):
        return "discord.py internals are touched only in bot.offline"
    if _within(module, "bot.domain"):
        if _within(imported, "discord", "sqlalchemy"):
            return "the domain knows neither Discord nor SQL"
        if _within(imported, "bot") and not _within(imported, "bot.domain", "bot.clock"):
            return "the domain imports nothing but itself and the clock"
    if _within(module, "bot.store"):
        if _within(imported, "discord"):
            return "the store never imports discord"
        if _within(imported, *features, "bot.discord", "bot.offline", "bot.app", "cogs"):
            return "the store never imports a feature or the Discord side"
    if _within(module, *features):
        if _within(imported, "cogs", "bot.offline"):
            return "a feature never imports a cog or the offline Discord"
        if _within(imported, "bot.app"):
            return "a feature never imports the app (use TYPE_CHECKING for its type)"
        leaf = module.rsplit(".", 1)[-1]
        if _within(imported, "discord") and leaf not in DISCORD_IN_FEATURES:
            return f"only {sorted(DISCORD_IN_FEATURES)} modules of a feature import discord"
    if _within(module, "bot.discord") and _within(
        imported, *features, "bot.store", "bot.offline", "bot.app", "cogs"
    ):
        return "the Discord glue is shared by features and imports none of them"
    if _within(module, "cogs"):
        if _within(imported, "cogs") and imported != module and not imported.startswith(module):
            return "a cog never imports another cog"
        if _within(imported, "bot.store", "bot.offline"):
            return "a cog reaches the store only through a feature"
    return None


def test_no_module_imports_against_an_arrow() -> None:
    broken = [
        f"{item.module}:{item.line} imports {item.imported}: {why}"
        for item in all_imports()
        if (why := forbidden(item))
    ]
    assert broken == []


@pytest.mark.parametrize(
    ("module", "imported", "rule"),
    [
        ("bot.store.reader", "discord", "the store never imports discord"),
        ("bot.store.seed", "bot.reminders.targets", "the store never imports a feature"),
        ("bot.reminders.subscriptions", "discord", "only"),
        ("bot.programme.service", "cogs.help", "a feature never imports a cog"),
        ("cogs.chat", "cogs.help", "a cog never imports another cog"),
        ("bot.domain.records", "sqlalchemy", "the domain knows neither"),
        ("bot.papers.render", "discord.http", "discord.py internals"),
    ],
)
def test_the_rule_catches_an_import_across_an_arrow(module: str, imported: str, rule: str) -> None:
    why = forbidden(Import(module, imported, 1))
    assert why is not None
    assert why.startswith(rule)


def test_imports_under_type_checking_only_name_types() -> None:
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import bot.app\n")
    assert [item.imported for item in _imports(tree, "bot.reminders.x")] == [
        "typing",
        "typing.TYPE_CHECKING",
    ]


def test_every_room_is_small_enough_to_read() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _sources()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_feature_has_its_own_room() -> None:
    for feature in FEATURES:
        assert (ROOT / "bot" / feature / "__init__.py").is_file(), feature


def _conference_words() -> set[str]:
    """Names only a particular conference uses: its own, its city and venue, its people and
    the aliases of its papers, as its data file gives them."""
    found: set[str] = set()
    for path in (ROOT / "data").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        conference = data["conference"]
        found |= {conference["slug"], conference["name"], conference["city"].split(",")[0]}
        found |= {conference["venue"]}
        for paper in data.get("papers", []):
            found |= {alias for alias in paper.get("aliases", []) if len(alias) > 3}
        for session in data.get("sessions", []):
            found |= {person["name"] for person in session.get("people", [])}
    return {word.casefold() for word in found}


def test_no_conference_is_named_in_code() -> None:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, _conference_words())) + r")\b")
    named = {
        f"{path.relative_to(ROOT)}: {found.group(0)}"
        for path in _sources()
        if path.name != "settings.py"  # the default conference to serve is configuration
        for found in pattern.finditer(path.read_text(encoding="utf-8").casefold())
    }
    assert named == set()
