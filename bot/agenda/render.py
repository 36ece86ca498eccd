"""Agenda records to embeds: an add with its clashes, a removal, one day of the agenda, the
reminder setting. Pure functions, always within Discord's limits."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.literal import literal
from bot.discord.times import APPROX, DAY_UNCERTAIN, approx_footer, when_text
from bot.domain.agenda import Added, AgendaDay, AgendaEntry, AgendaReminderSet, Clash, Moment
from bot.domain.days import day_label
from bot.domain.kinds import label_of
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import counted

CLASH = "⚠"
WARNING_COLOUR = 0xE67E22
MOMENT_TAGS = {Moment.NOW: "▶ **now**", Moment.NEXT: "⏭ **next**", Moment.LATER: ""}


def span_text(session: SessionView, zone: ZoneInfo) -> str:
    """When a session starts and ends: the venue's clock and both ends as Discord timestamps."""
    if session.starts_at is None or session.ends_at is None:
        return "time not known"
    return f"{when_text(session, zone)}, until {format_dt(session.ends_at, 't')}"


def _session_line(session: SessionView, zone: ZoneInfo) -> str:
    where = f" · {literal(session.room)}" if session.room else ""
    return f"**{literal(session.title)}**{where}\n  {span_text(session, zone)}"


def _clash_line(clash: Clash, zone: ZoneInfo) -> str:
    return (
        f"{CLASH} **{literal(clash.first.title)}** overlaps **{literal(clash.second.title)}**\n"
        f"  {literal(clash.first.title)}: {span_text(clash.first, zone)}\n"
        f"  {literal(clash.second.title)}: {span_text(clash.second, zone)}"
    )


def added_embed(conf: ConferenceView, result: Added) -> discord.Embed:
    """The answer to /agenda add: what went on, what was there already, and every clash."""
    if result.added:
        title = f"Added to your agenda: {literal(result.label)}"
    else:
        title = f"Already on your agenda: {literal(result.label)}"
    colour = WARNING_COLOUR if result.clashes else None
    lines = [_session_line(session, conf.zone) for session in result.added]
    if not result.added:
        lines = [_session_line(session, conf.zone) for session in result.already]
        lines.append("It was there already: nothing changed.")
    elif result.already:
        lines.append(f"Already there: {', '.join(literal(s.title) for s in result.already)}.")
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
        return f"Removed {literal(label)} from your agenda."
    return f"Removed {literal(label)} from your agenda ({counted(count, 'session')})."


def cleared_text(count: int) -> str:
    if count == 0:
        return "Your agenda was already empty."
    return f"Cleared your agenda: removed {counted(count, 'item')}."


def _entry_line(entry: AgendaEntry, zone: ZoneInfo) -> str:
    session = entry.session
    assert session.starts_at is not None
    assert session.ends_at is not None
    start = session.starts_at.astimezone(zone)
    marker = APPROX if session.approximate else ""
    uncertain = f", {DAY_UNCERTAIN}" if session.day_uncertain else ""
    where = f" · {literal(session.room)}" if session.room else ""
    tag = MOMENT_TAGS[entry.moment]
    times = (
        f"{marker}{start:%H:%M}–{session.ends_at.astimezone(zone):%H:%M} "
        f"({format_dt(session.starts_at, 't')}–{format_dt(session.ends_at, 't')}){uncertain}"
    )
    title = literal(session.title)
    line = f"{tag + ' ' if tag else ''}**{times}** `{label_of(session.kind)}` {title}"
    line += where
    if entry.clashes_with:
        others = "; ".join(literal(other.title) for other in entry.clashes_with)
        line += f"\n  {CLASH} clashes with {others}"
    return line


def _reminder_note(minutes: int | None) -> str:
    if minutes is None:
        return "Get a DM before each item: /agenda remind minutes:10."
    return f"Reminders: a DM {counted(minutes, 'minute')} before each item."


def day_embed(conf: ConferenceView, agenda: AgendaDay) -> discord.Embed:
    """One day of the agenda in order: what is over folded into one line, now and next
    marked, every clash flagged."""
    title = f"Your agenda — {day_label(agenda.day)}"
    if agenda.total == 0:
        return make_embed(
            "Your agenda is empty",
            "Add sessions or papers with /agenda add; each one shows up here by day, "
            "with clashes marked.",
        )
    lines = []
    if agenda.over:
        count = len(agenda.over)
        verb = "item is" if count == 1 else "items are"
        lines.append(f"*{count} earlier {verb} over.*")
    lines += [_entry_line(entry, conf.zone) for entry in agenda.ahead]
    if not agenda.entries:
        lines.append("Nothing on your agenda this day.")
    clashing = sum(1 for entry in agenda.entries if entry.clashes_with)
    colour = WARNING_COLOUR if clashing else None
    embed = make_embed(title, bounded_lines(lines, limits.EMBED_DESCRIPTION, "more items"), colour)
    if agenda.other_days:
        days = [f"{day_label(day)}: {counted(n, 'item')}" for day, n in agenda.other_days]
        add_field(embed, "Other days", "\n".join(days))
    shown: Sequence[SessionView] = [entry.session for entry in agenda.entries]
    return set_footer(
        embed, f"{_reminder_note(agenda.reminder_minutes)} {approx_footer(shown, conf)}"
    )


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
