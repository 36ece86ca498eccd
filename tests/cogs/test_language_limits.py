"""German runs long: every reply, in every language, fits Discord's limits without losing
anything the English reply shows. Renderers cut what would not fit ("… and 3 more"), so a
translation that pushes a reply past a limit shows up as a reply with fewer lines or a text
cut at its limit, which these tests compare with the English."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.discord import limits
from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, only_reply

LOCALES = ("de", "fr", "es-ES", "zh-CN")
LONGEST = (
    ("schedule", {"day": "tuesday"}),
    ("schedule", {"day": "wednesday"}),
    ("help", {}),
    ("keynotes", {}),
    ("posters", {}),
    ("paper", {"query": "lottery ticket hypothesis"}),
    ("remind add", {"target": "posters"}),
    ("privacy show", {}),
    ("changes", {}),
)


def _shape(embed: dict[str, Any]) -> list[int]:
    """How many lines each part of an embed has: what a cut would shorten."""
    parts = [embed.get("description") or ""]
    parts += [field["value"] for field in embed.get("fields", [])]
    return [len(part.splitlines()) for part in parts]


def _at_a_limit(embed: dict[str, Any]) -> list[str]:
    texts = [(embed.get("title", ""), limits.EMBED_TITLE)]
    texts.append((embed.get("description") or "", limits.EMBED_DESCRIPTION))
    texts.append((embed.get("footer", {}).get("text", ""), limits.FOOTER))
    texts += [(field["name"], limits.FIELD_NAME) for field in embed.get("fields", [])]
    texts += [(field["value"], limits.FIELD_VALUE) for field in embed.get("fields", [])]
    return [text[:40] for text, limit in texts if len(text) >= limit]


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_longest_replies_fit_as_whole_in_every_language(
    offline: OfflineDiscord, locale: str
) -> None:
    for command, options in LONGEST:
        english = only_reply(await offline.slash(ATTENDEE, command, options))
        translated = only_reply(
            await offline.slash(replace(ATTENDEE, locale=locale), command, options)
        )
        (english_embed,) = english.embeds
        (embed,) = translated.embeds
        assert embed.get("title") != english_embed.get("title") or embed != english_embed
        shape, english_shape = _shape(embed), _shape(english_embed)
        # A card may open with a sentence in the reader's language ("Un poster de …"): more
        # lines, never fewer.
        lost = len(shape) != len(english_shape) or any(
            lines < english for lines, english in zip(shape, english_shape, strict=True)
        )
        assert not lost, f"/{command} {options} lost lines: {shape} < {english_shape}"
        assert _at_a_limit(embed) == [], f"/{command} {options} was cut at a limit"
        assert len(embed.get("fields", [])) == len(english_embed.get("fields", []))
