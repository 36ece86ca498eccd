"""The house plan, enforced: which room may import which, and rooms of a readable size.

Arrows point one way: cogs -> features -> store -> domain; features render through
bot.discord; only bot.offline touches discord.py's internals; bot.app imports no feature (a
cog wires its feature); a feature's persistence is imported by that feature only. No import
circle anywhere, imports under TYPE_CHECKING included. A module that needs to go against an
arrow is in the wrong room.
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
FEATURES = (
    "programme",
    "papers",
    "chat",
    "reminders",
    "privacy",
    "help",
    "agenda",
    "events",
    "imports",
)
DISCORD_IN_FEATURES = frozenset(
    {"render", "answers", "dispatcher", "sending", "notices", "catalogue", "buttons"}
)
"""Inside a feature only these modules speak Discord: the rest is plain async code."""
DISCORD_INTERNALS = ("discord.http", "discord.state", "discord.webhook", "discord.gateway")
MAX_LINES = 500
STORE_INFRASTRUCTURE = frozenset(
    {
        "asks",
        "bulk_lock",
        "bulk_papers",
        "check",
        "commits",
        "convert",
        "dialect",
        "engine",
        "failures",
        "migrate",
        "models",
        "reader",
        "search_index",
        "seed",
        "setup",
        "types",
    }
)
"""What bot/store holds: engine, models, migrations, dialect helpers, the reader and its plans,
row conversion, the shared seed and bulk writing (and its lock), the search index, commits.
A feature's queries, policy or change handling belongs in that feature's room."""


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


def _imports(tree: ast.AST, module: str, *, typing_too: bool = False) -> Iterator[Import]:
    """Run-time imports: those under `if TYPE_CHECKING:` only name types (and count only
    with `typing_too`, as they do for circles)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node) and not typing_too:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield Import(module, node.module, node.lineno)
            for alias in node.names:
                yield Import(module, f"{node.module}.{alias.name}", node.lineno)
        else:
            yield from _imports(node, module, typing_too=typing_too)


def _sources() -> list[Path]:
    return sorted(
        path
        for folder in ("bot", "cogs")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts
    )


def all_imports(*, typing_too: bool = False) -> list[Import]:
    found: list[Import] = []
    for path in _sources():
        tree = ast.parse(path.read_text(), str(path))
        found += _imports(tree, _module_name(path), typing_too=typing_too)
    return found


def _feature_of(name: str) -> str | None:
    parts = name.split(".")
    if len(parts) >= 2 and parts[0] == "bot" and parts[1] in FEATURES:
        return parts[1]
    return None


def _persistence_of(name: str) -> str | None:
    """The feature whose persistence `name` is (`bot.<feature>.persistence...`), or None."""
    parts = name.split(".")
    if len(parts) >= 3 and _feature_of(name) and parts[2] == "persistence":
        return parts[1]
    return None


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
    if module == "bot.app" and _within(imported, *features, "cogs"):
        return "the app imports no feature: each cog wires its own"
    owner = _persistence_of(imported)
    if owner is not None and _feature_of(module) != owner:
        return f"a feature's persistence is imported by that feature only (bot.{owner})"
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
        ("bot.app", "bot.reminders.dispatcher", "the app imports no feature"),
        ("bot.app", "bot.agenda.buttons.AgendaButton", "the app imports no feature"),
        ("bot.agenda.service", "bot.reminders.persistence.planning", "a feature's persistence"),
        ("bot.privacy.service", "bot.agenda.persistence", "a feature's persistence"),
        ("cogs.reminders", "bot.reminders.persistence.claims", "a feature's persistence"),
        ("bot.store.seed", "bot.imports.toml_file", "the store never imports a feature"),
    ],
)
def test_the_rule_catches_an_import_across_an_arrow(module: str, imported: str, rule: str) -> None:
    why = forbidden(Import(module, imported, 1))
    assert why is not None
    assert why.startswith(rule)


def import_graph(imports: list[Import], modules: set[str]) -> dict[str, set[str]]:
    """Module -> the modules of `modules` it imports. `from a import b` imports module a.b
    when there is one, else module a (for its name b)."""
    graph: dict[str, set[str]] = {module: set() for module in modules}
    lines: dict[tuple[str, int], set[str]] = {}
    for item in imports:
        lines.setdefault((item.module, item.line), set()).add(item.imported)
    for (module, _), names in lines.items():
        for name in names:
            if any(other.startswith(name + ".") for other in names):
                continue  # `from name import ...`: its names say which module is imported
            target = name if name in modules else name.rpartition(".")[0]
            if target in modules and target != module:
                graph.setdefault(module, set()).add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for after in sorted(graph.get(node, ())):
            if after not in index:
                visit(after)
                low[node] = min(low[node], low[after])
            elif after in on_stack:
                low[node] = min(low[node], index[after])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_even_through_type_only_imports() -> None:
    modules = {_module_name(path) for path in _sources()}
    assert circles(import_graph(all_imports(typing_too=True), modules)) == []


def test_the_circle_finder_finds_a_circle_through_a_type_only_import() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.app import ConfBot\n"
    )
    imports = [
        *_imports(tree, "bot.reminders.dispatcher", typing_too=True),
        Import("bot.app", "bot.reminders.dispatcher.Dispatcher", 1),
        Import("bot.app", "bot.clock", 2),
    ]
    graph = import_graph(imports, {"bot.app", "bot.reminders.dispatcher", "bot.clock"})
    assert circles(graph) == [["bot.app", "bot.reminders.dispatcher"]]


def test_imports_under_type_checking_only_name_types() -> None:
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import bot.app\n")
    assert [item.imported for item in _imports(tree, "bot.reminders.x")] == [
        "typing",
        "typing.TYPE_CHECKING",
    ]


def test_a_feature_may_import_its_own_persistence() -> None:
    assert (
        forbidden(Import("bot.reminders.dispatcher", "bot.reminders.persistence.claims", 1)) is None
    )
    assert forbidden(Import("bot.agenda.service", "bot.agenda.persistence", 1)) is None


def test_every_room_is_small_enough_to_read() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _sources()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_store_holds_infrastructure_only() -> None:
    modules = {path.stem for path in (ROOT / "bot" / "store").glob("*.py")} - {"__init__"}
    assert modules - STORE_INFRASTRUCTURE == set()


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
