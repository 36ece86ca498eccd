"""What a run of /events publish or /events clear did, and what is published, as embeds in
the reader's language. Event names are shown as they are; Discord's refusals are said in the
bot's words, since Discord writes them in English whatever the reader's language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.words import more_counter
from bot.domain.kinds import GROUPS, Group
from bot.domain.records import ConferenceView
from bot.events.persistence import Published
from bot.events.sending import Report
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import number, sentence_list
from bot.i18n.languages import Language


def groups_label(groups: Iterable[Group], language: Language) -> str:
    """The kinds published, as the command's choices name them, joined as a sentence joins
    them: "keynotes and posters"."""
    labels = [translate(language, GROUPS[group].choice) for group in groups]
    return sentence_list(labels, language)


def _counts(report: Report, language: Language) -> list[str]:
    t = partial(translate, language)
    lines = [
        t("Created: {count}", count=number(report.created, language)),
        t("Updated: {count}", count=number(report.updated, language)),
        t("Deleted: {count}", count=number(report.deleted, language)),
        t("Unchanged: {count}", count=number(report.unchanged, language)),
    ]
    if report.started:
        lines.append(
            translate_plural(
                language,
                "Not touched, already begun: {count} session",
                "Not touched, already begun: {count} sessions",
                report.started,
            )
        )
    if report.over_limit:
        lines.append(
            translate_plural(
                language,
                "Could not create {count} event: Discord allows {limit} scheduled events per "
                "server. Delete some, or publish fewer kinds, and run it again.",
                "Could not create {count} events: Discord allows {limit} scheduled events per "
                "server. Delete some, or publish fewer kinds, and run it again.",
                report.over_limit,
                limit=limits.SCHEDULED_EVENTS,
            )
        )
    return lines


def report_embed(
    conf: ConferenceView,
    report: Report,
    groups: Iterable[Group] | None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """Every count, so nothing done or left undone goes unsaid. `groups` are the kinds
    published; None for a run that cleared the events."""
    t = partial(translate, language)
    if groups is None:
        title = t("Events cleared · {name}", name=conf.name)
    else:
        title = t(
            "Events published: {kinds} · {name}",
            kinds=groups_label(groups, language),
            name=conf.name,
        )
    embed = make_embed(title, "\n".join(_counts(report, language)))
    if report.failed:
        more = more_counter(language, N_("… and {count} more refusals"))
        lines = [
            t(item.message, name=item.name, status=item.status, code=item.code)
            for item in report.failed
        ]
        refused = bounded_lines(lines, limits.FIELD_VALUE, more=more)
        add_field(embed, t("Refused by Discord"), refused)
    return set_footer(embed, t("Running it again changes only what changed."))


def status_embed(
    conf: ConferenceView, published: list[Published], language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    if not published:
        return make_embed(
            t("Scheduled events · {name}", name=conf.name),
            t("The bot has published no events here. /events publish creates them."),
        )
    lines = [f"{format_dt(item.starts_at, 'f')} · {item.session_slug}" for item in published]
    more = more_counter(language, N_("… and {count} more events"))
    text = bounded_lines(lines, limits.EMBED_DESCRIPTION, more=more)
    title = translate_plural(
        language,
        "{count} scheduled event · {name}",
        "{count} scheduled events · {name}",
        len(published),
        name=conf.name,
    )
    embed = make_embed(title, text)
    return set_footer(embed, t("They follow the programme when it changes."))
