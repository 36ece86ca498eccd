"""/privacy show and delete, as embeds in the reader's language."""

from __future__ import annotations

from functools import partial

import discord

from bot.discord.embeds import add_field, make_embed
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import number, sentence_list
from bot.i18n.languages import Language
from bot.privacy.service import PersonalData

STORED = N_(
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


def privacy_embed(found: PersonalData, language: Language = Language.ENGLISH) -> discord.Embed:
    t = partial(translate, language)
    embed = make_embed(t("What this bot stores about you"), t(STORED))
    counts = (
        (t("Reminder subscriptions"), found.subscriptions),
        (t("Delivery records"), found.deliveries),
        (t("Agenda items"), found.agenda_items),
    )
    for name, count in counts:
        add_field(embed, name, number(count, language), inline=True)
    agenda_reminder = t("on") if found.agenda_reminders else t("off")
    add_field(embed, t("Agenda reminder"), agenda_reminder, inline=True)
    add_field(embed, t("Language for DMs"), found.locale or t("none kept"), inline=True)
    add_field(
        embed,
        t("Delete it all"),
        t("`/privacy delete confirm:True` removes all of the above."),
    )
    return embed


def _deleted_parts(deleted: PersonalData, language: Language) -> list[str]:
    """Each kind of record deleted, as a whole phrase with its count."""

    def counted(singular: str, plural: str, count: int) -> str:
        return translate_plural(language, singular, plural, count, count=number(count, language))

    parts = [
        counted(
            "{count} reminder subscription", "{count} reminder subscriptions", deleted.subscriptions
        ),
        counted("{count} delivery record", "{count} delivery records", deleted.deliveries),
    ]
    if deleted.agenda_items:
        parts.append(counted("{count} agenda item", "{count} agenda items", deleted.agenda_items))
    if deleted.agenda_reminders:
        parts.append(translate(language, "your agenda reminder setting"))
    if deleted.locale:
        parts.append(translate(language, "your language for DMs"))
    return parts


def privacy_deleted_embed(
    deleted: PersonalData, language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    if deleted.empty:
        return make_embed(t("Nothing to delete"), t("This bot stored nothing about you."))
    removed = sentence_list(_deleted_parts(deleted, language), language)
    return make_embed(
        t("Deleted"), t("Removed {removed}. No reminder will reach you any more.", removed=removed)
    )
