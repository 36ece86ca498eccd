"""What features announce to each other through the bot (`await bot.announce(NAME)`), each
name defined once. A feature that cares listens with `@commands.Cog.listener("on_" + NAME)`
in its cog; the one announcing knows nothing of who listens."""

from __future__ import annotations

REMINDERS_CHANGED = "reminders_changed"
"""Subscriptions, announcement settings, an agenda or its reminder setting changed, or the
conference a server follows: what is due may have changed (the reminders' dispatcher looks
again)."""

CONFERENCES_CHANGED = "conferences_changed"
"""An import (here or in another process) changed a conference: the reminders are planned
again and published scheduled events follow."""
