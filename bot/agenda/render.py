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
from bot.discord.times import APPROX, approx_footer, day_uncertain, when_text
from bot.discord.words import kind_label, more_counter
from bot.domain.agenda import Added, AgendaDay, AgendaEntry, AgendaReminderSet, Clash, Moment
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import counted
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import long_day_label
from bot.i18n.languages import Language

CLASH = "⚠"
WARNING_COLOUR = 0xE67E22
MOMENT_TAGS = {Moment.NOW: N_("▶ **now**"), Moment.NEXT: N_("⏭ **next**"), Moment.LATER: ""}


def span_text(session: SessionView, zone: ZoneInfo) -> str:
    """When a session starts and ends: the venue's clock and both ends as Discord timestamps."""
    if session.starts_at is None or session.ends_at is None:
        return "time not known"
    return f"{when_text(session, zone)}, until {format_dt(session.ends_at, 't')}"


def _session_line(session: SessionView, zone: ZoneInfo) -> str:
    where = f" · {session.room}" if session.room else ""
    return f"**{session.title}**{where}\n  {span_text(session, zone)}"


def _clash_line(clash: Clash, zone: ZoneInfo) -> str:
    return (
        f"{CLASH} **{clash.first.title}** overlaps **{clash.second.title}**\n"
        f"  {clash.first.title}: {span_text(clash.first, zone)}\n"
        f"  {clash.second.title}: {span_text(clash.second, zone)}"
    )


def added_embed(conf: ConferenceView, result: Added) -> discord.Embed:
    """The answer to /agenda add: what went on, what was there already, and every clash."""
    if result.added:
        title = f"Added to your agenda: {result.label}"
    else:
        title = f"Already on your agenda: {result.label}"
    colour = WARNING_COLOUR if result.clashes else None
    lines = [_session_line(session, conf.zone) for session in result.added]
    if not result.added:
        lines = [_session_line(session, conf.zone) for session in result.already]
        lines.append("It was there already: nothing changed.")
    elif result.already:
        lines.append(f"Already there: {', '.join(s.title for s in result.already)}.")
    embed = make_embed(title, bounded_lines(lines, limits.EMBED_DESCRIPTION), colour)
    if result.clashes:
        clashes = [_clash_line(clash, conf.zone) for clash in result.clashes]
        add_field(embed, "Clashes", bounded_lines(clashes, limits.FIELD_VALUE, "more clashes"))
    sessions = [*result.added, *result.already]
    for clash in result.clashes:
        sessions += [clash.first, clash.second]
    return set_footer(embed, f"/agenda show lists your day. {approx_footer(sessions, conf)}")


def removed_text(label: str, count: int) -> str:
    if count == 1:
        return f"Removed {label} from your agenda."
    return f"Removed {label} from your agenda ({counted(count, 'session')})."


def cleared_text(count: int) -> str:
    if count == 0:
        return "Your agenda was already empty."
    return f"Cleared your agenda: removed {counted(count, 'item')}."


def _entry_line(entry: AgendaEntry, zone: ZoneInfo, language: Language) -> str:
    session = entry.session
    assert session.starts_at is not None
    assert session.ends_at is not None
    start = session.starts_at.astimezone(zone)
    marker = APPROX if session.approximate else ""
    uncertain = f", {day_uncertain(language)}" if session.day_uncertain else ""
    where = f" · {session.room}" if session.room else ""
    tag = translate(language, MOMENT_TAGS[entry.moment]) if MOMENT_TAGS[entry.moment] else ""
    times = (
        f"{marker}{start:%H:%M}–{session.ends_at.astimezone(zone):%H:%M} "
        f"({format_dt(session.starts_at, 't')}–{format_dt(session.ends_at, 't')}){uncertain}"
    )
    kind = kind_label(session.kind, language)
    line = f"{tag + ' ' if tag else ''}**{times}** `{kind}` {session.title}"
    line += where
    if entry.clashes_with:
        others = "; ".join(other.title for other in entry.clashes_with)
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


def reminder_set_embed(conf: ConferenceView, result: AgendaReminderSet) -> discord.Embed:
    if result.minutes is None:
        return make_embed(
            "Agenda reminders off",
            "No more DMs for your agenda. Reminders you set with /remind stay as they are.",
        )
    lead = counted(result.minutes, "minute")
    lines = [f"You will get a DM {lead} before everything on your agenda, also what you add later."]
    if result.next_due is not None:
        lines.append(
            f"{counted(result.planned, 'reminder')} planned; the first is due "
            f"{format_dt(result.next_due, 'f')}."
        )
    else:
        lines.append("Nothing on your agenda is still to come yet: add sessions with /agenda add.")
    return make_embed(f"Agenda reminders: {lead} before", "\n".join(lines))
