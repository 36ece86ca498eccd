"""Every command, group, option and choice carries its name and description in German,
French, Spanish and Chinese, and the offline Discord, checking as Discord does, accepts them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.app import ConfBot, command_payload, sync_commands
from bot.offline import OfflineDiscord

LOCALES = ("de", "fr", "es-ES", "zh-CN")


def _entries(payload: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for entry in payload:
        yield entry
        yield from _entries(entry.get("options") or [])


async def test_every_name_and_description_is_registered_in_each_language(
    offline: OfflineDiscord,
) -> None:
    assert isinstance(offline.bot, ConfBot)
    synced = await sync_commands(offline.bot, None)
    assert len(synced) == len(offline.bot.tree.get_commands())
    payload = await command_payload(offline.bot)
    missing = []
    for entry in _entries(payload):
        for key in ("name", "description"):
            found = entry.get(f"{key}_localizations") or {}
            missing += [f"{entry['name']} {key} {loc}" for loc in LOCALES if loc not in found]
        for choice in entry.get("choices") or []:
            found = choice.get("name_localizations") or {}
            missing += [f"choice {choice['name']} {loc}" for loc in LOCALES if loc not in found]
    assert missing == []


async def test_a_german_client_sees_german_command_names(offline: OfflineDiscord) -> None:
    assert isinstance(offline.bot, ConfBot)
    payload = {entry["name"]: entry for entry in await command_payload(offline.bot)}
    assert payload["schedule"]["name_localizations"]["de"] == "programm"
    assert payload["schedule"]["description_localizations"]["fr"].startswith("Le programme")
    remind = {option["name"]: option for option in payload["remind"]["options"]}
    assert remind["add"]["name_localizations"]["es-ES"] == "añadir"
    assert remind["add"]["name_localizations"]["es-419"] == "añadir"
    assert "en-GB" not in remind["add"]["name_localizations"]
    assert "zh-TW" not in payload["paper"]["name_localizations"]
