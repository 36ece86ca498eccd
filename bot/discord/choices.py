"""Autocomplete answers as Discord takes them: at most 25, names and values at most 100."""

from __future__ import annotations

from collections.abc import Iterable

from discord import app_commands

from bot.discord import limits
from bot.discord.embeds import clip
from bot.domain.records import Choice, ChoiceValue


def app_choices(found: Iterable[Choice[ChoiceValue]]) -> list[app_commands.Choice[ChoiceValue]]:
    """The first 25 choices, names clipped; a value too long to send is left out, since a
    clipped value would name something else."""
    choices = []
    for choice in found:
        if len(str(choice.value)) > limits.CHOICE_TEXT:
            continue
        choices.append(
            app_commands.Choice(name=clip(choice.name, limits.CHOICE_TEXT), value=choice.value)
        )
        if len(choices) == limits.CHOICES:
            break
    return choices
