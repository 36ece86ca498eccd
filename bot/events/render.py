"""What a run of /events publish or /events clear did, and what is published, as embeds."""

from __future__ import annotations

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.domain.records import ConferenceView
from bot.domain.text import counted
from bot.events.persistence import Published
from bot.events.sending import Report


def report_embed(conf: ConferenceView, report: Report, title: str) -> discord.Embed:
    """Every count, so nothing done or left undone goes unsaid."""
    lines = [
        f"Created: {report.created}",
        f"Updated: {report.updated}",
        f"Deleted: {report.deleted}",
        f"Unchanged: {report.unchanged}",
    ]
    if report.started:
        lines.append(f"Not touched, already begun: {counted(report.started, 'session')}")
    if report.over_limit:
        lines.append(
            f"Could not create {counted(report.over_limit, 'event')}: Discord allows "
            f"{limits.SCHEDULED_EVENTS} scheduled events per server. Delete some, or publish "
            "fewer kinds, and run it again."
        )
    embed = make_embed(f"{title} · {conf.name}", "\n".join(lines))
    if report.failed:
        add_field(
            embed,
            "Refused by Discord",
            bounded_lines(report.failed, limits.FIELD_VALUE, "more refusals"),
        )
    return set_footer(embed, "Running it again changes only what changed.")


def status_embed(conf: ConferenceView, published: list[Published]) -> discord.Embed:
    if not published:
        return make_embed(
            f"Scheduled events · {conf.name}",
            "The bot has published no events here. /events publish creates them.",
        )
    lines = [f"{format_dt(item.starts_at, 'f')} · {item.session_slug}" for item in published]
    text = bounded_lines(lines, limits.EMBED_DESCRIPTION, "more events")
    embed = make_embed(f"{counted(len(published), 'scheduled event')} · {conf.name}", text)
    return set_footer(embed, "They follow the programme when it changes.")
