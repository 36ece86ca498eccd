"""Reminders and announcements as messages and embeds: what the dispatcher sends, and the
/remind and /announce answers. Pure, within Discord's limits, pinging exactly whom it should."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, clip, make_embed, set_footer
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.discord.words import change_text, kind_label, more_counter, target_label
from bot.domain.changes import ChangeKind, NoticeJob
from bot.domain.kinds import GROUPS, Group, colour_of
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
    Via,
)
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import list_of, weekday_label
from bot.i18n.languages import Language

REMINDER_FOOTER = N_("You asked for this with /remind add · /remind list shows your reminders.")
AGENDA_FOOTER = N_("It is on your agenda (/agenda show) · /agenda remind minutes:0 stops these.")
ANNOUNCE_FOOTER = N_("Announced for this server (/announce status).")
VIA_LABELS = {"dm": N_("by DM"), "here": N_("in this channel")}
OUTCOME_TITLES = {
    "created": N_("Reminder set"),
    "updated": N_("Reminder updated"),
    "reactivated": N_("Reminder turned back on"),
    "unchanged": N_("You already had this reminder"),
}
STATE_LABELS = {
    "late": N_("sent late"),
    "missed": N_("missed"),
    "failed": N_("failed"),
    "cancelled": N_("cancelled"),
}


@dataclass(frozen=True)
class Outgoing:
    """A message for the dispatcher to send, with exactly who it may ping."""

    content: str
    embed: discord.Embed
    allowed_mentions: discord.AllowedMentions


def start_phrase(starts_at: datetime, now: datetime, language: Language = Language.ENGLISH) -> str:
    """'starts in 10 minutes' or 'started 4 minutes ago', as a reminder reads at `now`.

    Minutes to go are rounded up and minutes past rounded down, so a reminder never claims
    more time than there is.
    """
    seconds = (starts_at - now).total_seconds()
    if seconds > 0:
        minutes = math.ceil(seconds / 60)
        return translate_plural(
            language, "starts in {count} minute", "starts in {count} minutes", minutes
        )
    minutes = math.floor(-seconds / 60)
    if minutes == 0:
        return translate(language, "is starting now")
    return translate_plural(
        language, "started {count} minute ago", "started {count} minutes ago", minutes
    )


def reminder_embed(
    conf: ConferenceView,
    session: SessionView,
    now: datetime,
    footer: str,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """The session as a reminder shows it: when (both clocks), where, topics, who. `footer`
    is already in `language`."""
    assert session.starts_at is not None  # only timed sessions are reminded
    t = partial(translate, language)
    embed = make_embed(literal(session.title), colour=colour_of(session.kind))
    if session.url:
        embed.url = session.url
    relative = format_dt(session.starts_at, "R")
    phrase = start_phrase(session.starts_at, now, language)
    lead = f"{phrase[:1].upper()}{phrase[1:]} ({relative})."
    talk = f"\n*{literal(session.talk_title)}*" if session.talk_title else ""
    embed.description = clip(lead + talk, limits.EMBED_DESCRIPTION)
    add_field(embed, t("When"), when_text(session, conf.zone, language=language))
    add_field(embed, t("Where"), literal(session.room or t("not listed")), inline=True)
    add_field(embed, t("Kind"), kind_label(session.kind, language), inline=True)
    speakers = literals(session.people_with("speaker"))
    if speakers:
        heading = t("Speaker") if len(speakers) == 1 else t("Speakers")
        add_field(embed, heading, ", ".join(speakers))
    if session.topics:
        add_field(embed, t("Topics"), ", ".join(literals(session.topics)))
    return set_footer(embed, f"{footer} {approx_footer([session], conf, language)}")


def reminder_message(
    conf: ConferenceView, job: Job, now: datetime, language: Language = Language.ENGLISH
) -> Outgoing:
    """What the dispatcher sends for a delivery. A DM pings nobody, a channel reminder only
    its user, an announcement only the role the server configured (or nobody). `language` is
    the reader's: the server's for a channel, the person's for a DM."""
    session = job.session
    assert session.starts_at is not None
    text = f"**{literal(session.title)}** {start_phrase(session.starts_at, now, language)}"
    at = f" ({format_dt(session.starts_at, 't')})"
    nobody = discord.AllowedMentions.none()
    if job.route == Route.GUILD:
        embed = reminder_embed(conf, session, now, translate(language, ANNOUNCE_FOOTER), language)
        if job.role_id is None:
            return Outgoing(clip(f"📣 {text}{at}", limits.CONTENT), embed, nobody)
        ping = discord.AllowedMentions(
            everyone=False, users=False, roles=[discord.Object(job.role_id)], replied_user=False
        )
        return Outgoing(clip(f"<@&{job.role_id}> 📣 {text}{at}", limits.CONTENT), embed, ping)
    # Only an agenda reminder reaches a person without a subscription.
    footer = AGENDA_FOOTER if job.subscription_id is None else REMINDER_FOOTER
    embed = reminder_embed(conf, session, now, translate(language, footer), language)
    reminder = translate(language, "⏰ Reminder: {text}", text=f"{text}{at}")
    if job.route == Route.HERE and job.user_id is not None:
        ping = discord.AllowedMentions(
            everyone=False, users=[discord.Object(job.user_id)], roles=False, replied_user=False
        )
        content = f"<@{job.user_id}> {reminder}"
        return Outgoing(clip(content, limits.CONTENT), embed, ping)
    return Outgoing(clip(reminder, limits.CONTENT), embed, nobody)


def _planned_line(
    planned: PlannedReminder, zone: ZoneInfo, language: Language = Language.ENGLISH
) -> str:
    session = planned.session
    local = planned.due_at.astimezone(zone)
    values: dict[str, Any] = {
        "title": literal(session.title),
        "stamp": format_dt(planned.due_at, "f"),
        "local": f"{weekday_label(local.date(), language)} {local:%H:%M %Z}",
    }
    if session.starts_at is None:
        line = translate(language, "**{title}** — reminder {stamp}, {local} at the venue", **values)
    else:
        line = translate(
            language,
            "**{title}** — reminder {stamp}, {local} at the venue (starts {start})",
            start=format_dt(session.starts_at, "t"),
            **values,
        )
    return f"• {line}"


def _where(via: str, channel_id: int | None, language: Language = Language.ENGLISH) -> str:
    if via == Via.HERE and channel_id is not None:
        return translate(language, "in {channel}", channel=f"<#{channel_id}>")
    return translate(language, VIA_LABELS[via]) if via in VIA_LABELS else via


def subscribed_embed(
    conf: ConferenceView, result: Subscribed, language: Language = Language.ENGLISH
) -> discord.Embed:
    """The /remind add confirmation: what will be reminded, and when (Discord timestamps)."""
    t = partial(translate, language)
    embed = make_embed(t(OUTCOME_TITLES.get(result.outcome, OUTCOME_TITLES["created"])))
    values: dict[str, Any] = {
        "target": literal(target_label(result.target, language)),
        "minutes": result.lead_minutes,
        "where": _where(result.via, result.channel_id, language),
    }
    if result.outcome == "updated" and result.previous_lead is not None:
        embed.description = t(
            "**{target}**: {minutes} minutes before (was {previous} minutes), {where}.",
            previous=result.previous_lead,
            **values,
        )
    else:
        embed.description = t("**{target}**: {minutes} minutes before, {where}.", **values)
    coming = t("Coming up")
    if result.planned:
        lines = [_planned_line(planned, conf.zone, language) for planned in result.planned]
        more = more_counter(language, N_("… and {count} more reminders"))
        listed = bounded_lines(lines, limits.FIELD_VALUE, more=more, total=result.planned_count)
        add_field(embed, coming, listed)
    else:
        add_field(
            embed,
            coming,
            t("Nothing left to remind for now; sessions added to the programme later will be."),
        )
    if result.already_started:
        started = translate_plural(
            language,
            "{count} session has already started.",
            "{count} sessions have already started.",
            result.already_started,
        )
        add_field(embed, t("Not reminded"), started)
    footer = t("Reminder #{id} · /remind list · /remind remove id:{id}", id=result.id)
    return set_footer(embed, footer)


def _subscription_line(info: SubscriptionInfo, zone: ZoneInfo, language: Language) -> str:
    t = partial(translate, language)
    head = t(
        "`#{id}` **{target}** · {minutes} min before · {where}",
        id=info.id,
        target=literal(target_label(info.target, language)),
        minutes=info.lead_minutes,
        where=_where(info.via, info.channel_id, language),
    )
    note = STATUS_NOTES.get(info.status, info.status)
    if note:
        return f"{head}\n  ⚠️ {t(note)}"
    if info.next_reminder is None:
        return f"{head}\n  {t('nothing left to remind')}"
    nxt = info.next_reminder
    due = format_dt(nxt.due_at, "f")
    return f"{head}\n  " + t("next: {title}, {due}", title=literal(nxt.session.title), due=due)


def _problem_line(problem: DeliveryProblem, zone: ZoneInfo, language: Language) -> str:
    """A delivery that went wrong; its reason as the delivery record keeps it (in English),
    translated when it is one of the bot's own sentences."""
    start = ""
    if problem.starts_at is not None:
        local = problem.starts_at.astimezone(zone)
        start = f" ({weekday_label(local.date(), language)} {local:%H:%M %Z})"
    why = f": {translate(language, problem.reason)}" if problem.reason else ""
    label = translate(language, STATE_LABELS.get(problem.state, problem.state))
    return f"• {problem.session_title}{start} — {label}{why}"


def reminders_embed(
    conf: ConferenceView, listing: ReminderList, language: Language = Language.ENGLISH
) -> discord.Embed:
    """/remind list: subscriptions with their next reminder, and what recently went wrong.
    What went wrong is kept in English in the delivery record, and shown as kept."""
    t = partial(translate, language)
    embed = make_embed(t("Your reminders"))
    if not listing.subscriptions:
        embed.description = t(
            "You have no reminders. Add one with /remind add, e.g. target:keynotes."
        )
    else:
        lines = [_subscription_line(info, conf.zone, language) for info in listing.subscriptions]
        more = more_counter(language, N_("… and {count} more reminders"))
        embed.description = bounded_lines(lines, limits.EMBED_DESCRIPTION // 2, more=more)
    if listing.problems:
        lines = [_problem_line(problem, conf.zone, language) for problem in listing.problems]
        add_field(embed, t("Recent trouble"), bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(
        embed, t("Remove one with /remind remove id:<number>, or all with /remind clear.")
    )


def announcement_embed(
    conf: ConferenceView, info: AnnouncementInfo, language: Language = Language.ENGLISH
) -> discord.Embed:
    """/announce setup and status: where, who is pinged, what is announced and what is next.
    The reason it went off is shown in the reader's language when it is one of the bot's own."""
    t = partial(translate, language)
    embed = make_embed(t("Announcements are on") if info.enabled else t("Announcements are off"))
    kinds = list_of([t(GROUPS[Group(kind)].label) for kind in info.kinds], language)
    embed.description = t(
        "Channel: {channel} · pings: {role} · {minutes} minutes before\nAnnouncing: {kinds}",
        channel=f"<#{info.channel_id}>",
        role=f"<@&{info.role_id}>" if info.role_id is not None else t("nobody"),
        minutes=info.lead_minutes,
        kinds=kinds,
    )
    if not info.enabled and info.disabled_reason:
        add_field(embed, t("Why it is off"), t(info.disabled_reason))
    upcoming = t("Next announcements")
    if info.upcoming:
        lines = [_planned_line(planned, conf.zone, language) for planned in info.upcoming]
        add_field(embed, upcoming, bounded_lines(lines, limits.FIELD_VALUE))
    elif info.enabled:
        add_field(embed, upcoming, t("Nothing left to announce for now."))
    if info.problems:
        lines = [_problem_line(problem, conf.zone, language) for problem in info.problems]
        add_field(embed, t("Recent trouble"), bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(embed, t("Change with /announce setup, stop with /announce off."))


NOTICE_FOOTER = N_(
    "You get this because you asked to be reminded of it · /changes lists every change. "
    "Times are venue time ({zone})."
)
GUILD_FOOTER = N_(
    "This server announces these sessions (/announce status) · /changes lists all. "
    "Times are venue time ({zone})."
)
NOTICE_TITLES = {
    ChangeKind.MOVED: N_("Programme change"),
    ChangeKind.RETITLED: N_("Programme change"),
    ChangeKind.CANCELLED: N_("Session cancelled"),
    ChangeKind.ADDED: N_("Session added"),
}


def notice_content(job: NoticeJob) -> str:
    """The text beside the embed: a mention for a channel reminder, nothing in a DM."""
    if job.route == Route.HERE and job.user_id is not None:
        return f"<@{job.user_id}>"
    return ""


def notice_embed(
    conf: ConferenceView, job: NoticeJob, language: Language = Language.ENGLISH
) -> discord.Embed:
    """A change notice in its reader's language: the server's in a channel, the person's in
    a DM."""
    change = job.change
    kind = change.after.kind or change.before.kind
    title = translate(language, NOTICE_TITLES[change.kind])
    embed = make_embed(title, change_text(change, conf.zone, language), colour_of(kind))
    footer = GUILD_FOOTER if job.route == Route.GUILD else NOTICE_FOOTER
    return set_footer(embed, translate(language, footer, zone=conf.zone_label))


def notice_mentions(job: NoticeJob) -> discord.AllowedMentions:
    """Only the one subscriber a channel notice is for; never a role or everyone."""
    users = [discord.Object(job.user_id)] if job.route == Route.HERE and job.user_id else []
    return discord.AllowedMentions(everyone=False, roles=False, users=users)
