"""Programme records to embeds: a day, now and next, keynotes, posters, one session, a topic,
the conference. Pure functions, always within Discord's limits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, clip, make_embed, set_footer
from bot.discord.literal import links_shown, literal, literals
from bot.discord.times import APPROX, approx_footer, day_uncertain, when_text
from bot.discord.words import change_text, group_name, kind_label, more_counter
from bot.domain.changes import ChangeView
from bot.domain.days import day_label
from bot.domain.kinds import Group, Kind, colour_of
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
from bot.i18n.catalogues import N_, translate, translate_plural
from bot.i18n.formats import day_label as short_day_label
from bot.i18n.formats import language_name, list_of, long_day_label, time_label
from bot.i18n.languages import Language
from bot.programme.leads import conference_lead, session_lead

LINES_AT_MOST = limits.EMBED_DESCRIPTION // 30
"""No session line is shorter than 30 characters (its timestamp alone takes 16), so no
description holds more: a day of 25,000 sessions formats these, not all of them."""
SUMMARY_CHARS = 300
"""A chat answer's share of a description: two or three sentences, read at a glance."""


def session_line(
    session: SessionView,
    zone: ZoneInfo,
    *,
    with_day: bool = False,
    language: Language = Language.ENGLISH,
    until: bool = False,
    people: bool = False,
) -> str:
    """One session as a line of a list; `until`: with the time it ends, for a question asking
    until when something runs; `people`: with its speakers, for a list saying who is on."""
    where = f" · {literal(session.room)}" if session.room else ""
    topics = (
        f" — {', '.join(literals(session.topics))}"
        if session.topics and session.kind == Kind.POSTER
        else ""
    )
    if session.starts_at is None:
        start = translate(language, "time not known")
    else:
        local = session.starts_at.astimezone(zone)
        marker = APPROX if session.approximate else ""
        at = f"{local:%H:%M}"
        if until and session.ends_at is not None:
            at += f"–{session.ends_at.astimezone(zone):%H:%M}"
        if with_day:
            # Spanish and French say 'a las' / 'à' between a day and its time.
            day = short_day_label(local.date(), language)
            at = translate(
                language, "{day} {time}", context="day and time in a list line", day=day, time=at
            )
        start = f"{marker}{at} ({format_dt(session.starts_at, 't')})"
        if session.day_uncertain:
            start += f", {day_uncertain(language)}"
    title = literal(session.title)
    names = [name for name, _ in session.people][:SPEAKERS_SHOWN] if people else []
    who = f" — {', '.join(literals(names))}" if names else ""
    return f"`{kind_label(session.kind, language)}` **{start}** {title}{who}{where}{topics}"


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
    conf: ConferenceView,
    day: date,
    sessions: Sequence[SessionView],
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    title = f"{conf.name} — {long_day_label(day, language)}"
    if not sessions:
        empty = make_embed(title, translate(language, "Nothing is scheduled on this day."))
        return set_footer(empty, translate(language, "Venue: {venue}", venue=conf.venue))
    shown = sessions[:LINES_AT_MOST]
    lines = [session_line(session, conf.zone, language=language) for session in shown]
    more = more_counter(language, N_("… and {count} more sessions"))
    listed = bounded_lines(lines, limits.EMBED_DESCRIPTION, more=more, total=len(sessions))
    embed = make_embed(title, listed)
    # What the list shows: on a crowded day, tens of thousands of sessions are not listed.
    return set_footer(embed, approx_footer(shown, conf, language))


def now_next_embed(
    conf: ConferenceView,
    state: NowAndNext,
    group: Group | None = None,
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """What runs now (always shown, also for /next) and what starts next."""
    local = state.at.astimezone(conf.zone)
    if group:
        title = translate(
            language,
            "{conference}: on now and next ({group})",
            conference=conf.name,
            group=group_name(group, language),
        )
    else:
        title = translate(language, "{conference}: on now and next", conference=conf.name)
    embed = make_embed(title)
    lines = [
        translate(
            language,
            "At the venue it is {time} {zone} on {day}.",
            time=time_label(local),
            zone=f"{local:%Z}",
            day=long_day_label(local.date(), language),
        )
    ]
    if state.before_start and not state.current:
        starts = long_day_label(conf.start_date, language)
        lines.append(translate(language, "The conference starts on {day}.", day=starts))
    if state.after_end and not state.current:
        lines.append(translate(language, "The conference is over: nothing else is scheduled."))
        ended = long_day_label(state.last_day or conf.end_date, language)
        lines.append(translate(language, "The conference ended on {day}.", day=ended))
    embed.description = "\n".join(lines)
    on_now = translate(language, "On now")
    if state.current:
        found = _detail_lines(state.current, conf.zone, language)
        add_field(embed, on_now, bounded_lines(found, limits.FIELD_VALUE, more=_more(language)))
    elif not state.after_end:
        add_field(embed, on_now, translate(language, "Nothing scheduled right now."))
    if state.upcoming:
        found = _detail_lines(state.upcoming, conf.zone, language)
        next_up = translate(language, "Next")
        add_field(embed, next_up, bounded_lines(found, limits.FIELD_VALUE, more=_more(language)))
    return set_footer(embed, approx_footer([*state.current, *state.upcoming], conf, language))


def _more(language: Language) -> Callable[[int], str]:
    return more_counter(language, N_("… and {count} more"))


SPEAKERS_SHOWN = 3
"""Who gives a session on now or next, as many as a line holds: who is on is often what an
attendee looks for ('anything good in saal one?')."""


def _detail_lines(sessions: Sequence[SessionView], zone: ZoneInfo, language: Language) -> list[str]:
    """Each session with its topics when all fit in a field, else without them: five talks
    starting at once with long titles are all named rather than the last cut off."""
    found = [_detail_line(session, zone, language) for session in sessions]
    if sum(len(line) + 1 for line in found) <= limits.FIELD_VALUE:
        return found
    return [_detail_line(session, zone, language, topics_shown=False) for session in sessions]


def _detail_line(
    session: SessionView, zone: ZoneInfo, language: Language, *, topics_shown: bool = True
) -> str:
    topics = ""
    if session.topics and topics_shown:
        named = ", ".join(literals(session.topics))
        topics = "\n  " + translate(language, "Topics: {topics}", topics=named)
    where = f" · {literal(session.room)}" if session.room else ""
    when = when_text(session, zone, language=language)
    names = [name for name, _ in session.people][:SPEAKERS_SHOWN]
    who = f" — {', '.join(literals(names))}" if names else ""
    return f"**{literal(session.title)}**{who}{where}\n  {when}{topics}"


def keynotes_embed(
    conf: ConferenceView, sessions: Sequence[SessionView], language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    title = t("{conference}: keynotes", conference=conf.name)
    embed = make_embed(title, colour=colour_of(Kind.KEYNOTE))
    for session in sessions:
        speakers = ", ".join(literals(session.people_with("speaker"))) or t(
            "speaker not identified"
        )
        heading = literal(session.title) if session.kind == Kind.DEBATE else speakers
        parts = [when_text(session, conf.zone, language=language)]
        if session.talk_title:
            parts.append(f"*{literal(session.talk_title)}*")
        if session.kind == Kind.DEBATE:
            parts.append(_people_summary(session, language))
        if session.description:
            parts.append(clip(links_shown(session.description), 300))
        add_field(embed, heading, "\n".join(part for part in parts if part))
    if not sessions:
        embed.description = t("No keynotes are listed for this conference.")
    return set_footer(embed, approx_footer(sessions, conf, language))


_ROLES = (("moderator", N_("Moderator")), ("panelist", N_("Panel")), ("host", N_("Host")))


def _people_summary(session: SessionView, language: Language = Language.ENGLISH) -> str:
    parts = []
    for role, label in _ROLES:
        names = literals(session.people_with(role))
        if names:
            parts.append(f"{translate(language, label)}: {', '.join(names)}")
    return " · ".join(parts)


def posters_embed(
    conf: ConferenceView,
    day: date | None,
    sessions: Sequence[SessionView],
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    t = partial(translate, language)
    if day:
        title = t(
            "{conference}: poster sessions, {day}",
            conference=conf.name,
            day=long_day_label(day, language),
        )
    else:
        title = t("{conference}: poster sessions, all days", conference=conf.name)
    embed = make_embed(title, colour=colour_of(Kind.POSTER))
    if not sessions:
        embed.description = t("No poster sessions on this day.")
        note = conf.day_notes.get(day) if day is not None else None
        if note:
            embed.description += f" ({note})"
    for session in sessions:
        topics = ", ".join(literals(session.topics)) or t("topics not listed")
        when = when_text(session, conf.zone, language=language)
        value = f"{when}\n" + t("**Topics:** {topics}", topics=topics)
        if session.room:
            value += "\n" + t("**Where:** {room}", room=literal(session.room))
        add_field(embed, literal(session.title), value)
    return set_footer(embed, approx_footer(sessions, conf, language))


def full_description(
    session: SessionView, language: Language = Language.ENGLISH, *, room: int = 0
) -> str:
    """The whole description when it fits an embed (less `room` kept for a lead line); else
    its sentences up to the limit and a note saying it was cut, so nobody takes the cut for the
    end of what the organisers wrote."""
    if session.url:
        cut = translate(
            language,
            "Cut here to fit Discord: the whole description is on [the session's page]({url}).",
            url=session.url,
        )
    else:
        cut = translate(
            language, "Cut here to fit Discord: the whole description is at its source."
        )
    note = f"\n\n*{cut}*"
    fits = limits.EMBED_DESCRIPTION - len(note) - room
    short = shorten(links_shown(session.description), fits)
    return short.text + note if short.cut else short.text


def session_embed(
    conf: ConferenceView, session: SessionView, language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    lead = session_lead(session, conf.zone, language)
    description = full_description(session, language, room=len(lead) + 2 if lead else 0)
    description = f"{lead}\n\n{description}" if lead and description else lead or description
    embed = make_embed(literal(session.title), description, colour_of(session.kind))
    if session.url:
        embed.url = session.url
    add_field(embed, t("When"), when_text(session, conf.zone, language=language))
    if session.starts_at and session.ends_at:
        length = length_text(session.ends_at - session.starts_at)
        add_field(embed, t("Length"), length, inline=True)
    add_field(embed, t("Where"), literal(session.room or t("not listed")), inline=True)
    add_field(embed, t("Kind"), kind_label(session.kind, language), inline=True)
    if session.talk_title:
        add_field(embed, t("Talk"), literal(session.talk_title))
    if session.language:
        add_field(embed, t("Language"), language_name(session.language, language), inline=True)
    speakers = literals(session.people_with("speaker"))
    if speakers:
        heading = t("Speaker") if len(speakers) == 1 else t("Speakers")
        add_field(embed, heading, list_of(speakers, language))
    others = _people_summary(session, language)
    if others:
        add_field(embed, t("People"), others)
    if session.topics:
        add_field(embed, t("Topics"), ", ".join(literals(session.topics)))
    if session.url:
        add_field(embed, t("Link"), session.url)
    if session.links:
        own = [f"{literal(label)}: {url}" for label, url in session.links]
        add_field(embed, t("Links"), bounded_lines(own, limits.FIELD_VALUE, more=_more(language)))
    if session.papers:
        lines = [paper_ref_line(paper) for paper in session.papers]
        total = len(lines) + session.more_papers
        listed = bounded_lines(lines, limits.FIELD_VALUE, more=_more(language), total=total)
        add_field(embed, t("Papers ({count})", count=total), listed)
    footer = approx_footer([session], conf, language)
    if session.retired:
        footer = t("This session was removed from the programme. {rest}", rest=footer)
    return set_footer(embed, footer)


def session_summary_embed(
    conf: ConferenceView, session: SessionView, language: Language = Language.ENGLISH
) -> discord.Embed:
    """The answer to "summarise X", "tl;dr" and "what is X about": the description's first
    sentences, quoted as the organisers' when they are theirs (the bot does not rewrite them),
    with when and where; `/session` has the rest."""
    t = partial(translate, language)
    theirs = conf.descriptions == Voice.ORGANISERS
    short = shorten(links_shown(session.description), SUMMARY_CHARS)
    if not short.text:
        text = t(NO_DESCRIPTION[theirs])
    elif theirs:
        text = t("In the organisers' words: “{text}”", text=short.text)
    else:
        text = short.text
    lead = session_lead(session, conf.zone, language)  # as the full card opens
    text = f"{lead}\n\n{text}" if lead else text
    embed = make_embed(literal(session.title), text, colour_of(session.kind))
    if session.url:
        embed.url = session.url
    add_field(embed, t("When"), when_text(session, conf.zone, language=language))
    add_field(embed, t("Where"), literal(session.room or t("not listed")), inline=True)
    if session.talk_title:
        add_field(embed, t("Talk"), literal(session.talk_title))
    if session.language:
        add_field(embed, t("Language"), language_name(session.language, language), inline=True)
    speakers = literals(session.people_with("speaker"))
    if speakers:
        heading = t("Speaker") if len(speakers) == 1 else t("Speakers")
        add_field(embed, heading, list_of(speakers, language))
    rest = f"{t(CUT_DESCRIPTION[theirs])} " if short.cut else ""
    return set_footer(embed, rest + approx_footer([session], conf, language))


NO_DESCRIPTION = {
    True: N_("The organisers give no description of this session."),
    False: N_("There is no description of this session yet."),
}
CUT_DESCRIPTION = {
    True: N_("The start of the organisers' description: /session shows all of it."),
    False: N_("The start of the description: /session shows all of it."),
}


def topic_embed(
    conf: ConferenceView, match: TopicMatch, language: Language = Language.ENGLISH
) -> discord.Embed:
    t = partial(translate, language)
    topics = list_of(literals(match.topics), language)
    embed = make_embed(t("{conference}: {topics}", conference=conf.name, topics=topics))
    if match.sessions:
        lines = [
            session_line(session, conf.zone, with_day=True, language=language)
            for session in match.sessions
        ]
        more = more_counter(language, N_("… and {count} more sessions"))
        add_field(embed, t("Sessions"), bounded_lines(lines, limits.FIELD_VALUE, more=more))
    else:
        add_field(embed, t("Sessions"), t("No session is tagged with this topic."))
    if match.papers:
        lines = [paper_ref_line(paper) for paper in match.papers]
        more = more_counter(language, N_("… and {count} more papers"))
        listed = bounded_lines(
            lines, limits.FIELD_VALUE, more=more, total=len(lines) + match.more_papers
        )
        add_field(embed, t("Papers"), listed)
    return set_footer(embed, approx_footer(match.sessions, conf, language))


def conference_embed(
    conf: ConferenceView,
    sessions: int,
    papers: int,
    others: list[ConferenceView],
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """The conference card. Its description, figures and links are the conference's data."""
    t = partial(translate, language)
    lead = conference_lead(conf, language)
    description = f"{lead}\n\n{conf.description}" if lead and conf.description else lead
    embed = make_embed(conf.full_name, description or conf.description)
    if conf.website:
        embed.url = conf.website
    start, end = conf.start_date, conf.end_date
    if language is Language.ENGLISH:
        dates = f"{day_label(start)} – {day_label(end)} {end.year}"
    else:
        dates = f"{long_day_label(start, language)} – {long_day_label(end, language)} {end.year}"
    add_field(embed, t("Dates"), dates, inline=True)
    where = ", ".join(part for part in (conf.venue, conf.city) if part)
    add_field(embed, t("Where"), where or t("not given by the organisers"), inline=True)
    add_field(embed, t("Time zone"), conf.zone_label, inline=True)
    if conf.website:  # the title links it, but a chat reply is read, not clicked
        add_field(embed, t("Website"), conf.website, inline=True)
    here = " · ".join(
        (
            translate_plural(language, "{count} session", "{count} sessions", sessions),
            translate_plural(language, "{count} paper", "{count} papers", papers),
        )
    )
    if others:
        names = ", ".join(f"`{other.slug}`" for other in others)
        also = t(
            "Also here: {names} (a server admin picks one with /follow conference:)", names=names
        )
        here += f"\n{also}"
    add_field(embed, t("Here"), here)
    if conf.figures:
        lines = [f"**{label}:** {value}" for label, value in conf.figures]
        add_field(embed, t("In numbers"), bounded_lines(lines, limits.FIELD_VALUE))
    if conf.next_edition:
        text = " ".join(conf.next_edition.get(key, "") for key in ("announcement", "outcome"))
        add_field(embed, t("Next edition"), text.strip())
    if conf.links:
        lines = [f"[{label}]({url})" for label, url in conf.links]
        add_field(embed, t("Links"), bounded_lines(lines, limits.FIELD_VALUE))
    return embed


def changes_embed(
    conf: ConferenceView, found: list[ChangeView], language: Language = Language.ENGLISH
) -> discord.Embed:
    """`/changes`: the latest programme changes, each in the same words as its notice."""
    t = partial(translate, language)
    if not found:
        return make_embed(
            t("No programme changes"),
            t("Nothing in the {name} programme has changed since it was imported.", name=conf.name),
        )
    lines = [
        f"{format_dt(change.detected_at, 'R')}: {change_text(change, conf.zone, language)}"
        for change in found
    ]
    embed = make_embed(
        t("Programme changes — {name}", name=conf.name),
        bounded_lines(lines, limits.EMBED_DESCRIPTION),
    )
    return set_footer(embed, t("Times are venue time ({zone}).", zone=conf.zone_label))
