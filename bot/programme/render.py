"""Programme records to embeds: a day, now and next, keynotes, posters, one session, a topic,
the conference. Pure functions, always within Discord's limits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, clip, make_embed, set_footer
from bot.discord.literal import links_shown, literal, literals
from bot.discord.times import APPROX, DAY_UNCERTAIN, approx_footer, when_text
from bot.domain.changes import ChangeView, describe
from bot.domain.days import day_label
from bot.domain.kinds import GROUPS, Group, Kind, colour_of, label_of
from bot.domain.records import (
    ConferenceView,
    NowAndNext,
    PaperRef,
    PaperView,
    SessionView,
    TopicMatch,
    Voice,
)
from bot.domain.sentences import shorten
from bot.domain.text import counted

SUMMARY_CHARS = 300
"""A chat answer's share of a description: two or three sentences, read at a glance."""


def session_line(session: SessionView, zone: ZoneInfo, *, with_day: bool = False) -> str:
    """One session as a line of a list."""
    where = f" · {literal(session.room)}" if session.room else ""
    topics = (
        f" — {', '.join(literals(session.topics))}"
        if session.topics and session.kind == Kind.POSTER
        else ""
    )
    if session.starts_at is None:
        start = "time not known"
    else:
        local = session.starts_at.astimezone(zone)
        prefix = f"{local:%a} {local.day} {local:%b} " if with_day else ""
        marker = APPROX if session.approximate else ""
        start = f"{marker}{prefix}{local:%H:%M} ({format_dt(session.starts_at, 't')})"
        if session.day_uncertain:
            start += f", {DAY_UNCERTAIN}"
    return f"`{label_of(session.kind)}` **{start}** {literal(session.title)}{where}{topics}"


def length_text(length: timedelta) -> str:
    """'45 min', '1 h', '1 h 30 min': how long a session runs, as people say it."""
    hours, minutes = divmod(round(length.total_seconds() / 60), 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h" + (f" {minutes} min" if minutes else "")


def paper_ref_line(paper: PaperRef | PaperView) -> str:
    badge = f" 🏆 {paper.award}" if paper.award else ""
    return f"• {literal(paper.title)} ({paper.kind}){badge}"


def schedule_embed(
    conf: ConferenceView, day: date, sessions: Sequence[SessionView]
) -> discord.Embed:
    title = f"{conf.name} — {day_label(day)}"
    if not sessions:
        empty = make_embed(title, "Nothing is scheduled on this day.")
        return set_footer(empty, f"Venue: {conf.venue}")
    lines = [session_line(session, conf.zone) for session in sessions]
    embed = make_embed(title, bounded_lines(lines, limits.EMBED_DESCRIPTION, "more sessions"))
    return set_footer(embed, approx_footer(sessions, conf))


def now_next_embed(
    conf: ConferenceView, state: NowAndNext, group: Group | None = None
) -> discord.Embed:
    """What runs now (always shown, also for /next) and what starts next."""
    label = f" ({GROUPS[group].choice})" if group else ""
    local = state.at.astimezone(conf.zone)
    embed = make_embed(f"{conf.name}: on now and next{label}")
    embed.description = f"At the venue it is {local:%a} {local.day} {local:%b}, {local:%H:%M %Z}."
    if state.before_start and not state.current:
        embed.description += f"\nThe conference starts on {day_label(conf.start_date)}."
    if state.after_end and not state.current:
        embed.description += "\nThe conference is over: nothing else is scheduled."
    if state.current:
        lines = [_detail_line(session, conf.zone) for session in state.current]
        add_field(embed, "On now", bounded_lines(lines, limits.FIELD_VALUE))
    elif not state.after_end:
        add_field(embed, "On now", "Nothing scheduled right now.")
    if state.upcoming:
        lines = [_detail_line(session, conf.zone) for session in state.upcoming]
        add_field(embed, "Next", bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(embed, approx_footer([*state.current, *state.upcoming], conf))


def _detail_line(session: SessionView, zone: ZoneInfo) -> str:
    topics = f"\n  Topics: {', '.join(literals(session.topics))}" if session.topics else ""
    where = f" · {literal(session.room)}" if session.room else ""
    return f"**{literal(session.title)}**{where}\n  {when_text(session, zone)}{topics}"


def keynotes_embed(conf: ConferenceView, sessions: Sequence[SessionView]) -> discord.Embed:
    embed = make_embed(f"{conf.name}: keynotes", colour=colour_of(Kind.KEYNOTE))
    for session in sessions:
        speakers = ", ".join(literals(session.people_with("speaker"))) or "speaker not identified"
        heading = literal(session.title) if session.kind == Kind.DEBATE else speakers
        parts = [when_text(session, conf.zone)]
        if session.talk_title:
            parts.append(f"*{literal(session.talk_title)}*")
        if session.kind == Kind.DEBATE:
            parts.append(_people_summary(session))
        if session.description:
            parts.append(clip(links_shown(session.description), 300))
        add_field(embed, heading, "\n".join(part for part in parts if part))
    if not sessions:
        embed.description = "No keynotes are listed for this conference."
    return set_footer(embed, approx_footer(sessions, conf))


def _people_summary(session: SessionView) -> str:
    parts = []
    for role, label in (("moderator", "Moderator"), ("panelist", "Panel"), ("host", "Host")):
        names = literals(session.people_with(role))
        if names:
            parts.append(f"{label}: {', '.join(names)}")
    return " · ".join(parts)


def posters_embed(
    conf: ConferenceView, day: date | None, sessions: Sequence[SessionView]
) -> discord.Embed:
    scope = day_label(day) if day else "all days"
    embed = make_embed(f"{conf.name}: poster sessions, {scope}", colour=colour_of(Kind.POSTER))
    if not sessions:
        embed.description = "No poster sessions on this day."
        note = conf.day_notes.get(day) if day is not None else None
        if note:
            embed.description += f" ({note})"
    for session in sessions:
        topics = ", ".join(literals(session.topics)) or "topics not listed"
        value = f"{when_text(session, conf.zone)}\n**Topics:** {topics}"
        if session.room:
            value += f"\n**Where:** {literal(session.room)}"
        add_field(embed, literal(session.title), value)
    return set_footer(embed, approx_footer(sessions, conf))


def full_description(session: SessionView) -> str:
    """The whole description when it fits an embed; else its sentences up to the limit and a
    note saying it was cut, so nobody takes the cut for the end of what the organisers wrote."""
    where = f" on [the session's page]({session.url})" if session.url else " at its source"
    note = f"\n\n*Cut here to fit Discord: the whole description is{where}.*"
    short = shorten(links_shown(session.description), limits.EMBED_DESCRIPTION - len(note))
    return short.text + note if short.cut else short.text


def session_embed(conf: ConferenceView, session: SessionView) -> discord.Embed:
    embed = make_embed(literal(session.title), full_description(session), colour_of(session.kind))
    if session.url:
        embed.url = session.url
    add_field(embed, "When", when_text(session, conf.zone))
    if session.starts_at and session.ends_at:
        add_field(embed, "Length", length_text(session.ends_at - session.starts_at), inline=True)
    add_field(embed, "Where", literal(session.room or "not listed"), inline=True)
    add_field(embed, "Kind", label_of(session.kind), inline=True)
    if session.talk_title:
        add_field(embed, "Talk", literal(session.talk_title))
    speakers = literals(session.people_with("speaker"))
    if speakers:
        add_field(embed, "Speaker" if len(speakers) == 1 else "Speakers", ", ".join(speakers))
    others = _people_summary(session)
    if others:
        add_field(embed, "People", others)
    if session.topics:
        add_field(embed, "Topics", ", ".join(literals(session.topics)))
    if session.url:
        add_field(embed, "Link", session.url)
    if session.papers:
        lines = [paper_ref_line(paper) for paper in session.papers]
        add_field(embed, f"Papers ({len(lines)})", bounded_lines(lines, limits.FIELD_VALUE))
    note = "This session was removed from the programme. " if session.retired else ""
    return set_footer(embed, note + approx_footer([session], conf))


def session_summary_embed(conf: ConferenceView, session: SessionView) -> discord.Embed:
    """The answer to "summarise X", "tl;dr" and "what is X about": the description's first
    sentences, quoted as the organisers' when they are theirs (the bot does not rewrite them),
    with when and where; `/session` has the rest."""
    theirs = conf.descriptions == Voice.ORGANISERS
    short = shorten(links_shown(session.description), SUMMARY_CHARS)
    if not short.text:
        text = NO_DESCRIPTION[theirs]
    else:
        text = f"In the organisers' words: “{short.text}”" if theirs else short.text
    embed = make_embed(literal(session.title), text, colour_of(session.kind))
    if session.url:
        embed.url = session.url
    add_field(embed, "When", when_text(session, conf.zone))
    add_field(embed, "Where", literal(session.room or "not listed"), inline=True)
    speakers = literals(session.people_with("speaker"))
    if speakers:
        add_field(embed, "Speaker" if len(speakers) == 1 else "Speakers", ", ".join(speakers))
    rest = f"{CUT_DESCRIPTION[theirs]} " if short.cut else ""
    return set_footer(embed, rest + approx_footer([session], conf))


NO_DESCRIPTION = {
    True: "The organisers give no description of this session.",
    False: "There is no description of this session yet.",
}
CUT_DESCRIPTION = {
    True: "The start of the organisers' description: /session shows all of it.",
    False: "The start of the description: /session shows all of it.",
}


def topic_embed(conf: ConferenceView, match: TopicMatch) -> discord.Embed:
    embed = make_embed(f"{conf.name}: {', '.join(match.topics)}")
    if match.sessions:
        lines = [session_line(session, conf.zone, with_day=True) for session in match.sessions]
        add_field(embed, "Sessions", bounded_lines(lines, limits.FIELD_VALUE, "more sessions"))
    else:
        add_field(embed, "Sessions", "No session is tagged with this topic.")
    if match.papers:
        lines = [paper_ref_line(paper) for paper in match.papers]
        add_field(embed, "Papers", bounded_lines(lines, limits.FIELD_VALUE, "more papers"))
    return set_footer(embed, approx_footer(match.sessions, conf))


def conference_embed(
    conf: ConferenceView, sessions: int, papers: int, others: list[ConferenceView]
) -> discord.Embed:
    embed = make_embed(conf.full_name, conf.description)
    if conf.website:
        embed.url = conf.website
    dates = f"{day_label(conf.start_date)} – {day_label(conf.end_date)} {conf.end_date.year}"
    add_field(embed, "Dates", dates, inline=True)
    where = ", ".join(part for part in (conf.venue, conf.city) if part)
    add_field(embed, "Where", where or "not given by the organisers", inline=True)
    add_field(embed, "Time zone", conf.zone_label, inline=True)
    here = f"{counted(sessions, 'session')} · {counted(papers, 'paper')}"
    if others:
        names = ", ".join(f"`{other.slug}`" for other in others)
        here += f"\nAlso here: {names} (a server admin picks one with /conference use:)"
    add_field(embed, "Here", here)
    if conf.figures:
        lines = [f"**{label}:** {value}" for label, value in conf.figures]
        add_field(embed, "In numbers", bounded_lines(lines, limits.FIELD_VALUE))
    if conf.next_edition:
        text = " ".join(conf.next_edition.get(key, "") for key in ("announcement", "outcome"))
        add_field(embed, "Next edition", text.strip())
    if conf.links:
        lines = [f"[{label}]({url})" for label, url in conf.links]
        add_field(embed, "Links", bounded_lines(lines, limits.FIELD_VALUE))
    return embed


def changes_embed(conf: ConferenceView, found: list[ChangeView]) -> discord.Embed:
    """`/changes`: the latest programme changes, each in the same words as its notice."""
    if not found:
        return make_embed(
            "No programme changes",
            f"Nothing in the {conf.name} programme has changed since it was imported.",
        )
    lines = [
        f"{format_dt(change.detected_at, 'R')}: {describe(change, conf.zone)}" for change in found
    ]
    embed = make_embed(
        f"Programme changes — {conf.name}", bounded_lines(lines, limits.EMBED_DESCRIPTION)
    )
    return set_footer(embed, f"Times are venue time ({conf.zone_label}).")
