"""Agenda records to embeds: an add with its clashes, a removal, one day of the agenda, the
reminder setting. Pure functions, always within Discord's limits."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.literal import literal
from bot.discord.times import APPROX, approx_footer, day_uncertain, when_text
from bot.discord.words import kind_label, more_counter
from bot.domain.agenda import Added, AgendaDay, AgendaEntry, AgendaReminderSet, Clash, Moment
from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import long_day_label
from bot.i18n.languages import Language

CLASH = "⚠"
WARNING_COLOUR = 0xE67E22
MOMENT_TAGS = {Moment.NOW: N_("▶ **now**"), Moment.NEXT: N_("⏭ **next**"), Moment.LATER: ""}


def span_text(session: SessionView, zone: ZoneInfo, language: Language = Language.ENGLISH) -> str:
    """When a session starts and ends: the venue's clock and both ends as Discord timestamps."""
    if session.starts_at is None or session.ends_at is None:
        return translate(language, "time not known")
    return translate(
        language,
        "{when}, until {end}",
        when=when_text(session, zone, language=language),
        end=format_dt(session.ends_at, "t"),
    )


def _session_line(session: SessionView, zone: ZoneInfo, language: Language) -> str:
    where = f" · {literal(session.room)}" if session.room else ""
    return f"**{literal(session.title)}**{where}\n  {span_text(session, zone, language)}"


def _clash_line(clash: Clash, zone: ZoneInfo, language: Language) -> str:
    first, second = clash.first, clash.second
    overlaps = translate(
        language,
        "**{first}** overlaps **{second}**",
        first=literal(first.title),
        second=literal(second.title),
    )
    return (
        f"{CLASH} {overlaps}\n"
        f"  {literal(first.title)}: {span_text(first, zone, language)}\n"
        f"  {literal(second.title)}: {span_text(second, zone, language)}"
    )


def added_embed(
    conf: ConferenceView, result: Added, language: Language = Language.ENGLISH
) -> discord.Embed:
    """The answer to /agenda add: what went on, what was there already, and every clash."""
    t = partial(translate, language)
    if result.added:
        title = t("Added to your agenda: {label}", label=literal(result.label))
    else:
        title = t("Already on your agenda: {label}", label=literal(result.label))
    colour = WARNING_COLOUR if result.clashes else None
    lines = [_session_line(session, conf.zone, language) for session in result.added]
    if not result.added:
        lines = [_session_line(session, conf.zone, language) for session in result.already]
        lines.append(t("It was there already: nothing changed."))
    elif result.already:
        there = ", ".join(literal(s.title) for s in result.already)
        lines.append(t("Already there: {titles}.", titles=there))
    more = more_counter(language, N_("… and {count} more"))
    embed = make_embed(title, bounded_lines(lines, limits.EMBED_DESCRIPTION, more=more), colour)
    if result.clashes:
        clashes = [_clash_line(clash, conf.zone, language) for clash in result.clashes]
        more = more_counter(language, N_("… and {count} more clashes"))
        add_field(embed, t("Clashes"), bounded_lines(clashes, limits.FIELD_VALUE, more=more))
    sessions = [*result.added, *result.already]
    for clash in result.clashes:
        sessions += [clash.first, clash.second]
    footer = approx_footer(sessions, conf, language)
    return set_footer(embed, t("/agenda show lists your day. {rest}", rest=footer))


def removed_text(label: str, count: int, language: Language = Language.ENGLISH) -> str:
    if count == 1:
        return translate(language, "Removed {label} from your agenda.", label=literal(label))
    return translate(
        language,
        "Removed {label} from your agenda ({count} sessions).",
        label=literal(label),
        count=count,
    )


def cleared_text(count: int, language: Language = Language.ENGLISH) -> str:
    if count == 0:
        return translate(language, "Your agenda was already empty.")
    return translate_plural(
        language,
        "Cleared your agenda: removed {count} item.",
        "Cleared your agenda: removed {count} items.",
        count,
    )


def _entry_line(entry: AgendaEntry, zone: ZoneInfo, language: Language) -> str:
    session = entry.session
    assert session.starts_at is not None
    assert session.ends_at is not None
    start = session.starts_at.astimezone(zone)
    marker = APPROX if session.approximate else ""
    uncertain = f", {day_uncertain(language)}" if session.day_uncertain else ""
    where = f" · {literal(session.room)}" if session.room else ""
    tag = translate(language, MOMENT_TAGS[entry.moment]) if MOMENT_TAGS[entry.moment] else ""
    times = (
        f"{marker}{start:%H:%M}–{session.ends_at.astimezone(zone):%H:%M} "
        f"({format_dt(session.starts_at, 't')}–{format_dt(session.ends_at, 't')}){uncertain}"
    )
    kind = kind_label(session.kind, language)
    line = f"{tag + ' ' if tag else ''}**{times}** `{kind}` {literal(session.title)}"
    line += where
    if entry.clashes_with:
        others = "; ".join(literal(other.title) for other in entry.clashes_with)
        line += f"\n  {CLASH} " + translate(language, "clashes with {others}", others=others)
    return line


def _reminder_note(minutes: int | None, language: Language) -> str:
    if minutes is None:
        return translate(language, "Get a DM before each item: /agenda remind minutes:10.")
    return translate_plural(
        language,
        "Reminders: a DM {count} minute before each item.",
        "Reminders: a DM {count} minutes before each item.",
        minutes,
    )


def day_embed(
    conf: ConferenceView, agenda: AgendaDay, language: Language = Language.ENGLISH
) -> discord.Embed:
    """One day of the agenda in order: what is over folded into one line, now and next
    marked, every clash flagged."""
    t = partial(translate, language)
    title = t("Your agenda — {day}", day=long_day_label(agenda.day, language))
    if agenda.total == 0:
        return make_embed(
            t("Your agenda is empty"),
            t(
                "Add sessions or papers with /agenda add; each one shows up here by day, "
                "with clashes marked."
            ),
        )
    lines = []
    if agenda.over:
        over = translate_plural(
            language,
            "{count} earlier item is over.",
            "{count} earlier items are over.",
            len(agenda.over),
        )
        lines.append(f"*{over}*")
    lines += [_entry_line(entry, conf.zone, language) for entry in agenda.ahead]
    if not agenda.entries:
        lines.append(t("Nothing on your agenda this day."))
    clashing = sum(1 for entry in agenda.entries if entry.clashes_with)
    colour = WARNING_COLOUR if clashing else None
    more = more_counter(language, N_("… and {count} more items"))
    embed = make_embed(title, bounded_lines(lines, limits.EMBED_DESCRIPTION, more=more), colour)
    if agenda.other_days:
        days = [
            translate_plural(
                language,
                "{day}: {count} item",
                "{day}: {count} items",
                n,
                day=long_day_label(day, language),
            )
            for day, n in agenda.other_days
        ]
        add_field(embed, t("Other days"), "\n".join(days))
    shown: Sequence[SessionView] = [entry.session for entry in agenda.entries]
    note = _reminder_note(agenda.reminder_minutes, language)
    return set_footer(embed, f"{note} {approx_footer(shown, conf, language)}")


def reminder_set_embed(
    conf: ConferenceView, result: AgendaReminderSet, language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    if result.minutes is None:
        return make_embed(
            t("Agenda reminders off"),
            t("No more DMs for your agenda. Reminders you set with /remind stay as they are."),
        )
    minutes = result.minutes
    lines = [
        translate_plural(
            language,
            "You will get a DM {count} minute before everything on your agenda, also what you "
            "add later.",
            "You will get a DM {count} minutes before everything on your agenda, also what you "
            "add later.",
            minutes,
        )
    ]
    if result.next_due is not None:
        lines.append(
            translate_plural(
                language,
                "{count} reminder planned; the first is due {due}.",
                "{count} reminders planned; the first is due {due}.",
                result.planned,
                due=format_dt(result.next_due, "f"),
            )
        )
    else:
        lines.append(
            t("Nothing on your agenda is still to come yet: add sessions with /agenda add.")
        )
    title = translate_plural(
        language,
        "Agenda reminders: {count} minute before",
        "Agenda reminders: {count} minutes before",
        minutes,
    )
    return make_embed(title, "\n".join(lines))
