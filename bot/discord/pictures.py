"""Pictures as Discord attachments."""

from __future__ import annotations

import io

import discord


def picture_file(filename: str, png: bytes, description: str) -> discord.File:
    """A PNG to attach, with its alt text (what screen readers say for it)."""
    return discord.File(io.BytesIO(png), filename=filename, description=description)
