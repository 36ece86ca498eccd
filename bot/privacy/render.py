"""/privacy show and delete, as embeds."""

from __future__ import annotations

import discord

from bot.discord.embeds import add_field, make_embed
from bot.domain.text import counted
from bot.privacy.service import PersonalData

STORED = (
    "• Your **reminder subscriptions**: your Discord user id, what you follow, the lead time, "
    "and where to deliver (DM, or a channel id).\n"
    "• The **delivery record** of each reminder: when it was due and whether it was sent, "
    "late, missed or failed (kept so a restart never loses or repeats one).\n"
    "• Your **agenda**: the sessions you put on it, and the agenda reminder's lead time if "
    "you turned it on.\n"
    "• The **language** your Discord client was set to when you last set up a reminder, so "
    "reminders by DM are written in it.\n"
    "Nothing else: no message content is stored, and chat questions are answered and forgotten."
)


def privacy_embed(found: PersonalData) -> discord.Embed:
    embed = make_embed("What this bot stores about you", STORED)
    add_field(embed, "Reminder subscriptions", str(found.subscriptions), inline=True)
    add_field(embed, "Delivery records", str(found.deliveries), inline=True)
    add_field(embed, "Agenda items", str(found.agenda_items), inline=True)
    add_field(embed, "Agenda reminder", "on" if found.agenda_reminders else "off", inline=True)
    add_field(embed, "Language for DMs", found.locale or "none kept", inline=True)
    add_field(embed, "Delete it all", "`/privacy delete confirm:True` removes all of the above.")
    return embed


def privacy_deleted_embed(deleted: PersonalData) -> discord.Embed:
    if deleted.empty:
        return make_embed("Nothing to delete", "This bot stored nothing about you.")
    parts = [
        counted(deleted.subscriptions, "reminder subscription"),
        counted(deleted.deliveries, "delivery record"),
    ]
    if deleted.agenda_items:
        parts.append(counted(deleted.agenda_items, "agenda item"))
    if deleted.agenda_reminders:
        parts.append("your agenda reminder setting")
    if deleted.locale:
        parts.append("your language for DMs")
    removed = ", ".join(parts[:-1]) + f" and {parts[-1]}"
    return make_embed("Deleted", f"Removed {removed}. No reminder will reach you any more.")
