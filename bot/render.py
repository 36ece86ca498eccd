"""Domain records to Discord embeds and text: pure, and always within Discord's limits.

Times are shown twice: as a Discord timestamp, which every reader's client shows in their own
zone, and as the venue's wall-clock time, which is what the printed programme and the signs in
the building say. Approximate times are marked so nobody mistakes an inferred slot for a fact.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.services.privacy import PersonalData
from bot.services.reminder_views import (
    KIND_TARGET_LABELS,
    STATUS_NOTES,
    AnnouncementInfo,
    DeliveryProblem,
    Job,
    PlannedReminder,
    ReminderList,
    Subscribed,
    SubscriptionInfo,
)
from bot.services.views import (
    ConferenceView,
    NowAndNext,
    PaperView,
    SessionView,
    TopicMatch,
)

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
MAX_FIELDS = 25
CONTENT_LIMIT = 2000

COLOURS = {
    "keynote": discord.Colour.gold(),
    "oral": discord.Colour.blue(),
    "poster": discord.Colour.green(),
    "debate": discord.Colour.purple(),
    "workshop": discord.Colour.teal(),
    "error": discord.Colour.red(),
}
KIND_LABELS = {
    "opening": "Opening",
    "keynote": "Keynote",
    "oral": "Orals",
    "poster": "Posters",
    "break": "Break",
    "meal": "Meal",
    "expo": "Expo",
    "workshop": "Workshops",
    "debate": "Debate",
    "social": "Social",
    "closing": "Closing",
}
APPROX = "≈"


def clip(text: str, limit: int) -> str:
    """Shorten to `limit` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bounded_lines(lines: Sequence[str], limit: int, noun: str = "more") -> str:
    """Join lines up to `limit` characters, ending with 'and N more' when some do not fit."""
    shown: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        remaining = len(lines) - index - 1
        tail = len(f"\n… and {remaining} {noun}") if remaining else 0
        cost = len(line) + (1 if shown else 0)
        if used + cost + tail > limit:
            left = len(lines) - index
            suffix = f"… and {left} {noun}"
            return "\n".join([*shown, suffix]) if shown else clip(suffix, limit)
        shown.append(line)
        used += cost
    return "\n".join(shown)


def venue_clock(when: datetime, zone: ZoneInfo) -> str:
    """'09:00 CDT': the wall-clock time at the venue."""
    return when.astimezone(zone).strftime("%H:%M %Z")


def day_name(day: date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


def when_text(session: SessionView, zone: ZoneInfo, *, with_day: bool = True) -> str:
    """The session's time for a reader anywhere, plus the venue's clock."""
    if session.starts_at is None or session.ends_at is None:
        return "time not known"
    start_local = session.starts_at.astimezone(zone)
    span = f"{start_local:%H:%M}–{session.ends_at.astimezone(zone):%H:%M %Z}"
    day = f"{start_local:%a} {start_local.day} {start_local:%b}, " if with_day else ""
    stamp = format_dt(session.starts_at, "t")
    marker = f"{APPROX} " if session.approximate else ""
    note = " (approximate)" if session.approximate else ""
    return f"{marker}{day}{span}{note} · {stamp} your time"


def session_line(session: SessionView, zone: ZoneInfo, *, with_day: bool = False) -> str:
    """One session as a line of a list."""
    where = f" · {session.room}" if session.room else ""
    topics = (
        f" — {', '.join(session.topics)}" if session.topics and session.kind == "poster" else ""
    )
    if session.starts_at is None:
        start = "time not known"
    else:
        local = session.starts_at.astimezone(zone)
        prefix = f"{local:%a} " if with_day else ""
        marker = APPROX if session.approximate else ""
        start = f"{marker}{prefix}{local:%H:%M} ({format_dt(session.starts_at, 't')})"
    kind = KIND_LABELS.get(session.kind, session.kind)
    return f"`{kind}` **{start}** {session.title}{where}{topics}"


def _approx_footer(sessions: Iterable[SessionView], conf: ConferenceView) -> str:
    zone_note = f"Venue times are {conf.timezone}."
    if any(session.approximate for session in sessions):
        return f"{APPROX} marks approximate times (not confirmed by a schedule). {zone_note}"
    return zone_note


def _embed(
    title: str, description: str = "", colour: discord.Colour | None = None
) -> discord.Embed:
    return discord.Embed(
        title=clip(title, TITLE_LIMIT),
        description=clip(description, DESCRIPTION_LIMIT) if description else None,
        colour=colour or discord.Colour.blurple(),
    )


def _add_field(embed: discord.Embed, name: str, value: str, *, inline: bool = False) -> None:
    if len(embed.fields) >= MAX_FIELDS or not value:
        return
    name, value = clip(name, FIELD_NAME_LIMIT), clip(value, FIELD_VALUE_LIMIT)
    if len(embed) + len(name) + len(value) > EMBED_TOTAL_LIMIT - FOOTER_LIMIT // 8:
        return
    embed.add_field(name=name, value=value, inline=inline)


def _footer(embed: discord.Embed, text: str) -> discord.Embed:
    room = EMBED_TOTAL_LIMIT - len(embed)
    embed.set_footer(text=clip(text, min(FOOTER_LIMIT, max(room, 1))))
    return embed


def schedule_embed(
    conf: ConferenceView, day: date, sessions: Sequence[SessionView]
) -> discord.Embed:
    title = f"{conf.name} — {day_name(day)}"
    if not sessions:
        return _footer(_embed(title, "Nothing is scheduled on this day."), f"Venue: {conf.venue}")
    lines = [session_line(session, conf.zone) for session in sessions]
    embed = _embed(title, bounded_lines(lines, DESCRIPTION_LIMIT, "more sessions"))
    return _footer(embed, _approx_footer(sessions, conf))


def now_next_embed(
    conf: ConferenceView, state: NowAndNext, kind: str | None = None
) -> discord.Embed:
    label = f" ({KIND_LABELS.get(kind, kind)})" if kind else ""
    local = state.at.astimezone(conf.zone)
    embed = _embed(f"{conf.name}: on now and next{label}")
    embed.description = f"At the venue it is {local:%a} {local.day} {local:%b}, {local:%H:%M %Z}."
    if state.before_start and not state.current:
        embed.description += f"\nThe conference starts on {day_name(conf.start_date)}."
    if state.after_end and not state.current:
        embed.description += "\nThe conference is over: nothing else is scheduled."
    if state.current:
        lines = [_detail_line(session, conf.zone) for session in state.current]
        _add_field(embed, "On now", bounded_lines(lines, FIELD_VALUE_LIMIT))
    elif not state.after_end:
        _add_field(embed, "On now", "Nothing scheduled right now.")
    if state.upcoming:
        lines = [_detail_line(session, conf.zone) for session in state.upcoming]
        _add_field(embed, "Next", bounded_lines(lines, FIELD_VALUE_LIMIT))
    return _footer(embed, _approx_footer([*state.current, *state.upcoming], conf))


def _detail_line(session: SessionView, zone: ZoneInfo) -> str:
    topics = f"\n  Topics: {', '.join(session.topics)}" if session.topics else ""
    where = f" · {session.room}" if session.room else ""
    return f"**{session.title}**{where}\n  {when_text(session, zone)}{topics}"


def keynotes_embed(conf: ConferenceView, sessions: Sequence[SessionView]) -> discord.Embed:
    embed = _embed(f"{conf.name}: invited talks and the debate", colour=COLOURS["keynote"])
    for session in sessions:
        speakers = ", ".join(session.people_with("speaker")) or "speaker not identified"
        heading = session.title if session.kind == "debate" else speakers
        parts = [when_text(session, conf.zone)]
        if session.talk_title:
            parts.append(f"*{session.talk_title}*")
        if session.kind == "debate":
            parts.append(_people_summary(session))
        if session.description:
            parts.append(clip(session.description, 300))
        _add_field(embed, heading, "\n".join(part for part in parts if part))
    if not sessions:
        embed.description = "No invited talks are listed for this conference."
    return _footer(embed, _approx_footer(sessions, conf))


def _people_summary(session: SessionView) -> str:
    parts = []
    for role, label in (("moderator", "Moderator"), ("panelist", "Panel"), ("host", "Host")):
        names = session.people_with(role)
        if names:
            parts.append(f"{label}: {', '.join(names)}")
    return " · ".join(parts)


def posters_embed(
    conf: ConferenceView, day: date | None, sessions: Sequence[SessionView]
) -> discord.Embed:
    scope = day_name(day) if day else "all days"
    embed = _embed(f"{conf.name}: poster sessions, {scope}", colour=COLOURS["poster"])
    if not sessions:
        embed.description = "No poster sessions on this day."
        if day is not None and day == conf.start_date:
            embed.description += " (The first day was for workshops.)"
    for session in sessions:
        topics = ", ".join(session.topics) or "topics not listed"
        value = f"{when_text(session, conf.zone)}\n**Topics:** {topics}"
        if session.room:
            value += f"\n**Where:** {session.room}"
        _add_field(embed, session.title, value)
    return _footer(embed, _approx_footer(sessions, conf))


def session_embed(conf: ConferenceView, session: SessionView) -> discord.Embed:
    embed = _embed(session.title, session.description, COLOURS.get(session.kind))
    if session.url:
        embed.url = session.url
    _add_field(embed, "When", when_text(session, conf.zone))
    _add_field(embed, "Where", session.room or "not listed", inline=True)
    _add_field(embed, "Kind", KIND_LABELS.get(session.kind, session.kind), inline=True)
    if session.talk_title:
        _add_field(embed, "Talk", session.talk_title)
    speakers = session.people_with("speaker")
    if speakers:
        _add_field(embed, "Speaker" if len(speakers) == 1 else "Speakers", ", ".join(speakers))
    others = _people_summary(session)
    if others:
        _add_field(embed, "People", others)
    if session.topics:
        _add_field(embed, "Topics", ", ".join(session.topics))
    if session.papers:
        lines = [_paper_ref_line(paper.title, paper.kind, paper.award) for paper in session.papers]
        _add_field(embed, f"Papers ({len(lines)})", bounded_lines(lines, FIELD_VALUE_LIMIT))
    note = "This session was removed from the programme. " if session.retired else ""
    return _footer(embed, note + _approx_footer([session], conf))


def _paper_ref_line(title: str, kind: str, award: str | None) -> str:
    badge = f" 🏆 {award}" if award else ""
    return f"• {title} ({kind}){badge}"


def paper_embed(
    conf: ConferenceView, paper: PaperView, others: Sequence[PaperView] = ()
) -> discord.Embed:
    embed = _embed(paper.title, paper.summary, COLOURS.get(paper.kind))
    if paper.url:
        embed.url = paper.url
    _add_field(embed, "Authors", ", ".join(paper.authors))
    kind = "Oral (also shown as a poster)" if paper.kind == "oral" else "Poster"
    _add_field(embed, "Presented as", kind, inline=True)
    if paper.award:
        _add_field(embed, "Award", f"🏆 {paper.award}", inline=True)
    _add_field(embed, "When and where", _paper_when(conf, paper))
    if paper.topics:
        _add_field(embed, "Topics", ", ".join(paper.topics))
    links = [f"[OpenReview]({paper.url})"] if paper.openreview_id and paper.url else []
    if paper.arxiv_id:
        links.append(f"[arXiv](https://arxiv.org/abs/{paper.arxiv_id})")
    if paper.code_url:
        links.append(f"[Code]({paper.code_url})")
    _add_field(embed, "Links", " · ".join(links), inline=True)
    if others:
        lines = [f"• {other.title}" for other in others]
        _add_field(embed, "Also matching", bounded_lines(lines, FIELD_VALUE_LIMIT))
    return _footer(embed, _approx_footer(paper.sessions, conf))


def _paper_when(conf: ConferenceView, paper: PaperView) -> str:
    lines = []
    for session in paper.sessions:
        where = f", {session.room}" if session.room else ""
        lines.append(f"**{session.title}**{where}\n{when_text(session, conf.zone)}")
    if paper.poster_board:
        lines.append(f"Poster board: {paper.poster_board}")
    if paper.placement != "verified" and paper.sessions:
        lines.append("The session is inferred, not confirmed by a schedule.")
    if not paper.sessions:
        day = f" The recap places it on {day_name(paper.day)}." if paper.day else ""
        lines.append(f"Its session is not known.{day}")
    return "\n".join(lines)


def topic_embed(conf: ConferenceView, match: TopicMatch) -> discord.Embed:
    embed = _embed(f"{conf.name}: {', '.join(match.topics)}")
    if match.sessions:
        lines = [session_line(session, conf.zone, with_day=True) for session in match.sessions]
        _add_field(embed, "Sessions", bounded_lines(lines, FIELD_VALUE_LIMIT, "more sessions"))
    else:
        _add_field(embed, "Sessions", "No session is tagged with this topic.")
    if match.papers:
        lines = [_paper_ref_line(paper.title, paper.kind, paper.award) for paper in match.papers]
        _add_field(embed, "Papers", bounded_lines(lines, FIELD_VALUE_LIMIT, "more papers"))
    return _footer(embed, _approx_footer(match.sessions, conf))


def conference_embed(conf: ConferenceView) -> discord.Embed:
    embed = _embed(conf.full_name, conf.description)
    if conf.website:
        embed.url = conf.website
    dates = f"{day_name(conf.start_date)} – {day_name(conf.end_date)} {conf.end_date.year}"
    _add_field(embed, "Dates", dates, inline=True)
    _add_field(embed, "Where", f"{conf.venue}, {conf.city}", inline=True)
    _add_field(embed, "Time zone", conf.timezone, inline=True)
    if conf.figures:
        lines = [f"**{label}:** {value}" for label, value in conf.figures]
        _add_field(embed, "In numbers", bounded_lines(lines, FIELD_VALUE_LIMIT))
    if conf.next_edition:
        text = " ".join(conf.next_edition.get(key, "") for key in ("announcement", "outcome"))
        _add_field(embed, "Next edition", text.strip())
    if conf.links:
        lines = [f"[{label}]({url})" for label, url in conf.links]
        _add_field(embed, "Links", bounded_lines(lines, FIELD_VALUE_LIMIT))
    return embed


def error_embed(message: str) -> discord.Embed:
    return _embed("That did not work", message, COLOURS["error"])


CHAT_EXAMPLES = (
    "@bot what's on now?",
    "@bot when are the RL posters?",
    "@bot summarise the lottery ticket paper",
    "@bot schedule for Wednesday",
)


def help_embed(conf: ConferenceView, commands: Sequence[tuple[str, str]]) -> discord.Embed:
    """What the bot can do: its slash commands (read from the tree) and chat examples."""
    embed = _embed(
        f"Your {conf.name} companion",
        f"I know the programme of {conf.name} ({conf.city}) and the papers presented there. "
        "Times show in your own time zone and in the venue's.",
    )
    lines = [f"**/{name}** — {description}" for name, description in commands]
    _add_field(embed, "Slash commands", bounded_lines(lines, FIELD_VALUE_LIMIT, "more commands"))
    _add_field(
        embed,
        "Or just ask me in chat",
        "\n".join(CHAT_EXAMPLES),
    )
    _add_field(
        embed,
        "Examples",
        "/paper query:lottery ticket\n/posters day:Wednesday\n/topic query:reinforcement learning\n"
        "/session name:Poster session: GANs",
    )
    return _footer(embed, "Replies about you (reminders, errors) are only visible to you.")


PRIVACY_STORED = (
    "• Your **reminder subscriptions**: your Discord user id, what you follow, the lead time, "
    "and where to deliver (DM, or a channel id).\n"
    "• The **delivery record** of each reminder: when it was due and whether it was sent, "
    "late, missed or failed (kept so a restart never loses or repeats one).\n"
    "Nothing else: no message content is stored, and chat questions are answered and forgotten."
)


def privacy_embed(found: PersonalData) -> discord.Embed:
    embed = _embed("What this bot stores about you", PRIVACY_STORED)
    _add_field(embed, "Reminder subscriptions", str(found.subscriptions), inline=True)
    _add_field(embed, "Delivery records", str(found.deliveries), inline=True)
    _add_field(embed, "Delete it all", "`/privacy delete confirm:True` removes all of the above.")
    return embed


def privacy_deleted_embed(deleted: PersonalData) -> discord.Embed:
    if deleted.empty:
        return _embed("Nothing to delete", "This bot stored nothing about you.")
    return _embed(
        "Deleted",
        f"Removed {deleted.subscriptions} reminder subscriptions and {deleted.deliveries} "
        "delivery records. No reminder will reach you any more.",
    )


# --------------------------------------------------------------------------- reminders

REMINDER_FOOTER = "You asked for this with /remind add · /remind list shows your reminders."
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
        return f"starts in {minutes} minute{'s' if minutes != 1 else ''}"
    minutes = math.floor(-seconds / 60)
    if minutes == 0:
        return "is starting now"
    return f"started {minutes} minute{'s' if minutes != 1 else ''} ago"


def reminder_embed(
    conf: ConferenceView, session: SessionView, now: datetime, footer: str
) -> discord.Embed:
    """The session as a reminder shows it: when (both clocks), where, topics, who."""
    assert session.starts_at is not None  # only timed sessions are reminded
    embed = _embed(session.title, colour=COLOURS.get(session.kind))
    if session.url:
        embed.url = session.url
    relative = format_dt(session.starts_at, "R")
    lead = f"{start_phrase(session.starts_at, now).capitalize()} ({relative})."
    talk = f"\n*{session.talk_title}*" if session.talk_title else ""
    embed.description = clip(lead + talk, DESCRIPTION_LIMIT)
    _add_field(embed, "When", when_text(session, conf.zone))
    _add_field(embed, "Where", session.room or "not listed", inline=True)
    _add_field(embed, "Kind", KIND_LABELS.get(session.kind, session.kind), inline=True)
    speakers = session.people_with("speaker")
    if speakers:
        _add_field(embed, "Speaker" if len(speakers) == 1 else "Speakers", ", ".join(speakers))
    if session.topics:
        _add_field(embed, "Topics", ", ".join(session.topics))
    return _footer(embed, f"{footer} {_approx_footer([session], conf)}")


def reminder_message(conf: ConferenceView, job: Job, now: datetime) -> Outgoing:
    """What the dispatcher sends for a delivery. A DM pings nobody, a channel reminder only
    its user, an announcement only the role the server configured (or nobody)."""
    session = job.session
    assert session.starts_at is not None
    text = f"**{session.title}** {start_phrase(session.starts_at, now)}"
    at = f" ({format_dt(session.starts_at, 't')})"
    nobody = discord.AllowedMentions.none()
    if job.route == "guild":
        embed = reminder_embed(conf, session, now, ANNOUNCE_FOOTER)
        if job.role_id is None:
            return Outgoing(clip(f"📣 {text}{at}", CONTENT_LIMIT), embed, nobody)
        ping = discord.AllowedMentions(
            everyone=False, users=False, roles=[discord.Object(job.role_id)], replied_user=False
        )
        return Outgoing(clip(f"<@&{job.role_id}> 📣 {text}{at}", CONTENT_LIMIT), embed, ping)
    embed = reminder_embed(conf, session, now, REMINDER_FOOTER)
    if job.route == "here" and job.user_id is not None:
        ping = discord.AllowedMentions(
            everyone=False, users=[discord.Object(job.user_id)], roles=False, replied_user=False
        )
        content = f"<@{job.user_id}> ⏰ Reminder: {text}{at}"
        return Outgoing(clip(content, CONTENT_LIMIT), embed, ping)
    return Outgoing(clip(f"⏰ Reminder: {text}{at}", CONTENT_LIMIT), embed, nobody)


def _planned_line(planned: PlannedReminder, zone: ZoneInfo) -> str:
    session = planned.session
    start = f" (starts {format_dt(session.starts_at, 't')})" if session.starts_at else ""
    local = planned.due_at.astimezone(zone)
    return (
        f"• **{session.title}** — reminder {format_dt(planned.due_at, 'f')}, "
        f"{local:%a %H:%M %Z} at the venue{start}"
    )


def _where(via: str, channel_id: int | None) -> str:
    if via == "here" and channel_id is not None:
        return f"in <#{channel_id}>"
    return VIA_LABELS.get(via, via)


def subscribed_embed(conf: ConferenceView, result: Subscribed) -> discord.Embed:
    """The /remind add confirmation: what will be reminded, and when (Discord timestamps)."""
    embed = _embed(OUTCOME_TITLES.get(result.outcome, "Reminder set"))
    change = ""
    if result.outcome == "updated" and result.previous_lead is not None:
        change = f" (was {result.previous_lead} minutes)"
    embed.description = (
        f"**{result.target.label}**: {result.lead_minutes} minutes before{change}, "
        f"{_where(result.via, result.channel_id)}."
    )
    if result.planned:
        lines = [_planned_line(planned, conf.zone) for planned in result.planned]
        _add_field(embed, "Coming up", bounded_lines(lines, FIELD_VALUE_LIMIT, "more reminders"))
    else:
        _add_field(
            embed,
            "Coming up",
            "Nothing left to remind for now; sessions added to the programme later will be.",
        )
    if result.already_started:
        count = result.already_started
        noun = "session has" if count == 1 else "sessions have"
        _add_field(embed, "Not reminded", f"{count} {noun} already started.")
    footer = f"Reminder #{result.id} · /remind list · /remind remove id:{result.id}"
    return _footer(embed, footer)


def _subscription_line(info: SubscriptionInfo, zone: ZoneInfo) -> str:
    head = (
        f"`#{info.id}` **{info.target.label}** · {info.lead_minutes} min before · "
        f"{_where(info.via, info.channel_id)}"
    )
    note = STATUS_NOTES.get(info.status, info.status)
    if note:
        return f"{head}\n  ⚠️ {note}"
    if info.next_reminder is None:
        return f"{head}\n  nothing left to remind"
    nxt = info.next_reminder
    return f"{head}\n  next: {nxt.session.title}, {format_dt(nxt.due_at, 'f')}"


def _problem_line(problem: DeliveryProblem, zone: ZoneInfo) -> str:
    start = ""
    if problem.starts_at is not None:
        start = f" ({problem.starts_at.astimezone(zone):%a %H:%M %Z})"
    why = f": {problem.reason}" if problem.reason else ""
    label = STATE_LABELS.get(problem.state, problem.state)
    return f"• {problem.session_title}{start} — {label}{why}"


def reminders_embed(conf: ConferenceView, listing: ReminderList) -> discord.Embed:
    """/remind list: subscriptions with their next reminder, and what recently went wrong."""
    embed = _embed("Your reminders")
    if not listing.subscriptions:
        embed.description = "You have no reminders. Add one with /remind add, e.g. target:keynotes."
    else:
        lines = [_subscription_line(info, conf.zone) for info in listing.subscriptions]
        embed.description = bounded_lines(lines, DESCRIPTION_LIMIT // 2, "more reminders")
    if listing.problems:
        lines = [_problem_line(problem, conf.zone) for problem in listing.problems]
        _add_field(embed, "Recent trouble", bounded_lines(lines, FIELD_VALUE_LIMIT))
    return _footer(embed, "Remove one with /remind remove id:<number>, or all with /remind clear.")


def announcement_embed(conf: ConferenceView, info: AnnouncementInfo) -> discord.Embed:
    """/announce setup and status: where, who is pinged, what is announced and what is next."""
    state = "on" if info.enabled else "off"
    embed = _embed(f"Announcements are {state}")
    kinds = ", ".join(KIND_TARGET_LABELS.get(kind, kind) for kind in info.kinds)
    role = f"<@&{info.role_id}>" if info.role_id is not None else "nobody"
    embed.description = (
        f"Channel: <#{info.channel_id}> · pings: {role} · {info.lead_minutes} minutes before\n"
        f"Announcing: {kinds}"
    )
    if not info.enabled and info.disabled_reason:
        _add_field(embed, "Why it is off", info.disabled_reason)
    if info.upcoming:
        lines = [_planned_line(planned, conf.zone) for planned in info.upcoming]
        _add_field(embed, "Next announcements", bounded_lines(lines, FIELD_VALUE_LIMIT))
    elif info.enabled:
        _add_field(embed, "Next announcements", "Nothing left to announce for now.")
    if info.problems:
        lines = [_problem_line(problem, conf.zone) for problem in info.problems]
        _add_field(embed, "Recent trouble", bounded_lines(lines, FIELD_VALUE_LIMIT))
    return _footer(embed, "Change with /announce setup, stop with /announce off.")
