"""Reminders and announcements as messages and embeds: what the dispatcher sends, and the
/remind and /announce answers. Pure, within Discord's limits, pinging exactly whom it should."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, clip, make_embed, set_footer
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.domain.changes import ChangeKind, NoticeJob, describe
from bot.domain.kinds import GROUPS, Group, colour_of, label_of
from bot.domain.records import ConferenceView, SessionView
from bot.domain.reminders import (
    STATUS_NOTES,
    AnnouncementInfo,
    DeliveryProblem,
    Job,
    PlannedReminder,
    ReminderList,
    Route,
    Subscribed,
    SubscriptionInfo,
)
from bot.domain.text import counted

REMINDER_FOOTER = "You asked for this with /remind add · /remind list shows your reminders."
AGENDA_FOOTER = "It is on your agenda (/agenda show) · /agenda remind minutes:0 stops these."
ANNOUNCE_FOOTER = "Announced for this server (/announce status)."
VIA_LABELS = {"dm": "by DM", "here": "in this channel"}
OUTCOME_TITLES = {
    "created": "Reminder set",
    "updated": "Reminder updated",
    "reactivated": "Reminder turned back on",
    "unchanged": "You already had this reminder",
}
STATE_LABELS = {
    "late": "sent late",
    "missed": "missed",
    "failed": "failed",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class Outgoing:
    """A message for the dispatcher to send, with exactly who it may ping."""

    content: str
    embed: discord.Embed
    allowed_mentions: discord.AllowedMentions


def start_phrase(starts_at: datetime, now: datetime) -> str:
    """'starts in 10 minutes' or 'started 4 minutes ago', as a reminder reads at `now`.

    Minutes to go are rounded up and minutes past rounded down, so a reminder never claims
    more time than there is.
    """
    seconds = (starts_at - now).total_seconds()
    if seconds > 0:
        minutes = math.ceil(seconds / 60)
        return f"starts in {counted(minutes, 'minute')}"
    minutes = math.floor(-seconds / 60)
    if minutes == 0:
        return "is starting now"
    return f"started {counted(minutes, 'minute')} ago"


def reminder_embed(
    conf: ConferenceView, session: SessionView, now: datetime, footer: str
) -> discord.Embed:
    """The session as a reminder shows it: when (both clocks), where, topics, who."""
    assert session.starts_at is not None  # only timed sessions are reminded
    embed = make_embed(literal(session.title), colour=colour_of(session.kind))
    if session.url:
        embed.url = session.url
    relative = format_dt(session.starts_at, "R")
    lead = f"{start_phrase(session.starts_at, now).capitalize()} ({relative})."
    talk = f"\n*{literal(session.talk_title)}*" if session.talk_title else ""
    embed.description = clip(lead + talk, limits.EMBED_DESCRIPTION)
    add_field(embed, "When", when_text(session, conf.zone))
    add_field(embed, "Where", literal(session.room or "not listed"), inline=True)
    add_field(embed, "Kind", label_of(session.kind), inline=True)
    speakers = literals(session.people_with("speaker"))
    if speakers:
        add_field(embed, "Speaker" if len(speakers) == 1 else "Speakers", ", ".join(speakers))
    if session.topics:
        add_field(embed, "Topics", ", ".join(literals(session.topics)))
    return set_footer(embed, f"{footer} {approx_footer([session], conf)}")


def reminder_message(conf: ConferenceView, job: Job, now: datetime) -> Outgoing:
    """What the dispatcher sends for a delivery. A DM pings nobody, a channel reminder only
    its user, an announcement only the role the server configured (or nobody)."""
    session = job.session
    assert session.starts_at is not None
    text = f"**{literal(session.title)}** {start_phrase(session.starts_at, now)}"
    at = f" ({format_dt(session.starts_at, 't')})"
    nobody = discord.AllowedMentions.none()
    if job.route == Route.GUILD:
        embed = reminder_embed(conf, session, now, ANNOUNCE_FOOTER)
        if job.role_id is None:
            return Outgoing(clip(f"📣 {text}{at}", limits.CONTENT), embed, nobody)
        ping = discord.AllowedMentions(
            everyone=False, users=False, roles=[discord.Object(job.role_id)], replied_user=False
        )
        return Outgoing(clip(f"<@&{job.role_id}> 📣 {text}{at}", limits.CONTENT), embed, ping)
    # Only an agenda reminder reaches a person without a subscription.
    footer = AGENDA_FOOTER if job.subscription_id is None else REMINDER_FOOTER
    embed = reminder_embed(conf, session, now, footer)
    if job.route == Route.HERE and job.user_id is not None:
        ping = discord.AllowedMentions(
            everyone=False, users=[discord.Object(job.user_id)], roles=False, replied_user=False
        )
        content = f"<@{job.user_id}> ⏰ Reminder: {text}{at}"
        return Outgoing(clip(content, limits.CONTENT), embed, ping)
    return Outgoing(clip(f"⏰ Reminder: {text}{at}", limits.CONTENT), embed, nobody)


def _planned_line(planned: PlannedReminder, zone: ZoneInfo) -> str:
    session = planned.session
    start = f" (starts {format_dt(session.starts_at, 't')})" if session.starts_at else ""
    local = planned.due_at.astimezone(zone)
    return (
        f"• **{literal(session.title)}** — reminder {format_dt(planned.due_at, 'f')}, "
        f"{local:%a %H:%M %Z} at the venue{start}"
    )


def _where(via: str, channel_id: int | None) -> str:
    if via == "here" and channel_id is not None:
        return f"in <#{channel_id}>"
    return VIA_LABELS.get(via, via)


def subscribed_embed(conf: ConferenceView, result: Subscribed) -> discord.Embed:
    """The /remind add confirmation: what will be reminded, and when (Discord timestamps)."""
    embed = make_embed(OUTCOME_TITLES.get(result.outcome, "Reminder set"))
    change = ""
    if result.outcome == "updated" and result.previous_lead is not None:
        change = f" (was {result.previous_lead} minutes)"
    embed.description = (
        f"**{literal(result.target.label)}**: {result.lead_minutes} minutes before{change}, "
        f"{_where(result.via, result.channel_id)}."
    )
    if result.planned:
        lines = [_planned_line(planned, conf.zone) for planned in result.planned]
        add_field(embed, "Coming up", bounded_lines(lines, limits.FIELD_VALUE, "more reminders"))
    else:
        add_field(
            embed,
            "Coming up",
            "Nothing left to remind for now; sessions added to the programme later will be.",
        )
    if result.already_started:
        count = result.already_started
        noun = "session has" if count == 1 else "sessions have"
        add_field(embed, "Not reminded", f"{count} {noun} already started.")
    footer = f"Reminder #{result.id} · /remind list · /remind remove id:{result.id}"
    return set_footer(embed, footer)


def _subscription_line(info: SubscriptionInfo, zone: ZoneInfo) -> str:
    head = (
        f"`#{info.id}` **{literal(info.target.label)}** · {info.lead_minutes} min before · "
        f"{_where(info.via, info.channel_id)}"
    )
    note = STATUS_NOTES.get(info.status, info.status)
    if note:
        return f"{head}\n  ⚠️ {note}"
    if info.next_reminder is None:
        return f"{head}\n  nothing left to remind"
    nxt = info.next_reminder
    return f"{head}\n  next: {literal(nxt.session.title)}, {format_dt(nxt.due_at, 'f')}"


def _problem_line(problem: DeliveryProblem, zone: ZoneInfo) -> str:
    start = ""
    if problem.starts_at is not None:
        start = f" ({problem.starts_at.astimezone(zone):%a %H:%M %Z})"
    why = f": {problem.reason}" if problem.reason else ""
    label = STATE_LABELS.get(problem.state, problem.state)
    return f"• {literal(problem.session_title)}{start} — {label}{why}"


def reminders_embed(conf: ConferenceView, listing: ReminderList) -> discord.Embed:
    """/remind list: subscriptions with their next reminder, and what recently went wrong."""
    embed = make_embed("Your reminders")
    if not listing.subscriptions:
        embed.description = "You have no reminders. Add one with /remind add, e.g. target:keynotes."
    else:
        lines = [_subscription_line(info, conf.zone) for info in listing.subscriptions]
        embed.description = bounded_lines(lines, limits.EMBED_DESCRIPTION // 2, "more reminders")
    if listing.problems:
        lines = [_problem_line(problem, conf.zone) for problem in listing.problems]
        add_field(embed, "Recent trouble", bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(
        embed, "Remove one with /remind remove id:<number>, or all with /remind clear."
    )


def announcement_embed(conf: ConferenceView, info: AnnouncementInfo) -> discord.Embed:
    """/announce setup and status: where, who is pinged, what is announced and what is next."""
    state = "on" if info.enabled else "off"
    embed = make_embed(f"Announcements are {state}")
    kinds = ", ".join(GROUPS[Group(kind)].label for kind in info.kinds)
    role = f"<@&{info.role_id}>" if info.role_id is not None else "nobody"
    embed.description = (
        f"Channel: <#{info.channel_id}> · pings: {role} · {info.lead_minutes} minutes before\n"
        f"Announcing: {kinds}"
    )
    if not info.enabled and info.disabled_reason:
        add_field(embed, "Why it is off", info.disabled_reason)
    if info.upcoming:
        lines = [_planned_line(planned, conf.zone) for planned in info.upcoming]
        add_field(embed, "Next announcements", bounded_lines(lines, limits.FIELD_VALUE))
    elif info.enabled:
        add_field(embed, "Next announcements", "Nothing left to announce for now.")
    if info.problems:
        lines = [_problem_line(problem, conf.zone) for problem in info.problems]
        add_field(embed, "Recent trouble", bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(embed, "Change with /announce setup, stop with /announce off.")


NOTICE_FOOTER = "You get this because you asked to be reminded of it · /changes lists every change."
GUILD_FOOTER = "This server announces these sessions (/announce status) · /changes lists all."
NOTICE_TITLES = {
    ChangeKind.MOVED: "Programme change",
    ChangeKind.RETITLED: "Programme change",
    ChangeKind.CANCELLED: "Session cancelled",
    ChangeKind.ADDED: "Session added",
}


def notice_content(job: NoticeJob) -> str:
    """The text beside the embed: a mention for a channel reminder, nothing in a DM."""
    if job.route == "here" and job.user_id is not None:
        return f"<@{job.user_id}>"
    return ""


def notice_embed(conf: ConferenceView, job: NoticeJob) -> discord.Embed:
    change = job.change
    kind = change.after.kind or change.before.kind
    embed = make_embed(NOTICE_TITLES[change.kind], describe(change, conf.zone), colour_of(kind))
    footer = GUILD_FOOTER if job.route == "guild" else NOTICE_FOOTER
    return set_footer(embed, f"{footer} Times are venue time ({conf.zone_label}).")


def notice_mentions(job: NoticeJob) -> discord.AllowedMentions:
    """Only the one subscriber a channel notice is for; never a role or everyone."""
    users = [discord.Object(job.user_id)] if job.route == "here" and job.user_id else []
    return discord.AllowedMentions(everyone=False, roles=False, users=users)
