"""The offline Discord checks registered commands as Discord does, in every language."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from discord import app_commands
from discord.app_commands import locale_str

from bot.offline import OfflineDiscord
from bot.offline.command_checks import commands_problems, name_problems
from tests.offline.conftest import SampleBot


@pytest.mark.parametrize(
    "name", ["programm", "änderungen", "日程", "नमस्ते", "สวัสดี", "a-b_c", "x" * 32]
)
def test_names_discord_accepts(name: str) -> None:
    assert name_problems(name, "0.name") == []


@pytest.mark.parametrize("name", ["", "x" * 33, "Programm", "two words", "emoji🙂", "a.b"])
def test_names_discord_refuses(name: str) -> None:
    assert name_problems(name, "0.name") != []


def _command(**extra: Any) -> dict[str, Any]:
    return {"name": "schedule", "description": "The programme", "type": 1} | extra


def test_a_translated_description_past_100_characters_is_refused() -> None:
    command = _command(description_localizations={"de": "x" * 101})
    ((path, code, _),) = commands_problems([command])
    assert (path, code) == ("0.description_localizations.de", "BASE_TYPE_BAD_LENGTH")


def test_two_options_that_share_a_name_in_one_language_are_refused() -> None:
    options = [
        {"name": "day", "description": "A day", "type": 3, "name_localizations": {"fr": "jour"}},
        {"name": "date", "description": "A date", "type": 3, "name_localizations": {"fr": "jour"}},
    ]
    problems = commands_problems([_command(options=options)])
    assert [code for _, code, _ in problems] == ["APPLICATION_COMMANDS_DUPLICATE_NAME"]
    assert problems[0][0] == "0.options.1.name_localizations.fr"


def test_a_translated_name_standing_on_an_untranslated_sibling_is_refused() -> None:
    commands = [_command(), _command(name="now", name_localizations={"de": "schedule"})]
    assert [code for _, code, _ in commands_problems(commands)] == [
        "APPLICATION_COMMANDS_DUPLICATE_NAME"
    ]


def test_a_long_translated_choice_and_an_unknown_locale_are_refused() -> None:
    choice = {"name": "keynotes", "value": "k", "name_localizations": {"es-ES": "x" * 101}}
    option = {"name": "kind", "description": "A kind", "type": 3, "choices": [choice]}
    command = _command(options=[option], name_localizations={"xx": "plan"})
    codes = sorted(code for _, code, _ in commands_problems([command]))
    assert codes == ["BASE_TYPE_BAD_LENGTH", "LOCALE_INVALID"]


class Shouting(app_commands.Translator):
    """Gives German names in capitals, which Discord refuses."""

    async def translate(
        self,
        string: locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        return string.message.upper() if locale is discord.Locale.german else None


class ShoutingBot(SampleBot):
    async def setup_hook(self) -> None:
        await self.tree.set_translator(Shouting())
        await super().setup_hook()


async def test_a_sync_with_a_capitalised_translation_is_refused_as_discord_would() -> None:
    harness = OfflineDiscord(ShoutingBot())
    with pytest.raises(discord.HTTPException, match="lowercase"):
        await harness.start()
    assert any("sync commands" in violation for violation in harness.violations)
    await harness.close()
