"""A paper in full, as /paper and chat show it: summary, authors, when and where, links."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, clip, make_embed, set_footer
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.domain.days import day_label
from bot.domain.kinds import PaperKind, colour_of
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.sentences import shorten

NO_SUMMARY = "No summary in our own words yet: the authors, keywords and links below say more."
NO_SUMMARY_BUT_ABSTRACT = "No summary in our own words yet: the authors' own abstract is below."
ABSTRACT = "Abstract (the authors' words)"
TLDR = "TL;DR (the authors' words)"
RELATED = "Related papers"
RELATED_TITLE_CHARS = 120
"""A related paper's title is cut here, so three lines with their times always fit a field."""


def paper_embed(
    conf: ConferenceView,
    paper: PaperView,
    others: Sequence[PaperView] = (),
    readings: Sequence[tuple[str, str]] = (),
    related: Sequence[PaperView] = (),
) -> discord.Embed:
    summary = paper.summary or (NO_SUMMARY_BUT_ABSTRACT if paper.abstract else NO_SUMMARY)
    description = f"{reading_line(readings)}\n\n{summary}" if readings else summary
    embed = make_embed(literal(paper.title), description, colour_of(paper.kind))
    if paper.url:
        embed.url = paper.url
    add_field(
        embed, "Authors", ", ".join(literals(paper.authors)) or "not listed by the organisers"
    )
    if paper.affiliations:
        add_field(embed, "Affiliations", "; ".join(paper.affiliations))
    kind = "Oral (also shown as a poster)" if paper.kind == PaperKind.ORAL else "Poster"
    add_field(embed, "Presented as", kind, inline=True)
    if paper.award:
        add_field(embed, "Award", f"🏆 {paper.award}", inline=True)
    add_field(embed, "When and where", _paper_when(conf, paper))
    if paper.topics:
        add_field(embed, "Topics", ", ".join(literals(paper.topics)))
    if paper.keywords:
        add_field(embed, "Keywords", ", ".join(paper.keywords))
    if paper.tldr:
        add_field(embed, TLDR, shorten(paper.tldr, limits.FIELD_VALUE).text)
    if paper.abstract:
        add_field(embed, ABSTRACT, authors_abstract(paper))
    links = [f"[OpenReview]({paper.url})"] if paper.openreview_id and paper.url else []
    if paper.arxiv_id:
        links.append(f"[arXiv](https://arxiv.org/abs/{paper.arxiv_id})")
    if paper.site_url:
        links.append(f"[Conference page]({paper.site_url})")
    if paper.code_url:
        links.append(f"[Code]({paper.code_url})")
    if paper.summary and paper.summary_source:
        links.append(f"[Summary written from]({paper.summary_source})")
    add_field(embed, "Links", " · ".join(links), inline=True)
    if related:
        lines = [related_line(conf, other) for other in related]
        add_field(embed, RELATED, bounded_lines(lines, limits.FIELD_VALUE))
    if others:
        lines = [f"• {literal(other.title)}" for other in others]
        add_field(embed, "Also matching", bounded_lines(lines, limits.FIELD_VALUE))
    timed = [*paper.sessions, *(s for other in related for s in other.sessions[:1])]
    return set_footer(embed, approx_footer(timed, conf))


def related_line(conf: ConferenceView, paper: PaperView) -> str:
    """One related paper and where to catch it: title · day and time · room (its first
    session: a reader deciding whether to go needs the next chance, not every one)."""
    title = f"**{literal(clip(paper.title, RELATED_TITLE_CHARS))}**"
    if not paper.sessions:
        day = f" · listed on {day_label(paper.day)}" if paper.day else ""
        return f"• {title}{day} · session not known"
    first = paper.sessions[0]
    room = f" · {literal(first.room)}" if first.room else ""
    return f"• {title} · {when_text(first, conf.zone)}{room}"


def related_embed(
    conf: ConferenceView, paper: PaperView, related: Sequence[PaperView]
) -> discord.Embed:
    """'Papers like X' in chat: the related papers, each with a line of its summary, or
    plainly that none is close enough, so a weak match is never passed off as related."""
    embed = make_embed(
        f"{RELATED}: {literal(clip(paper.title, 200))}", colour=colour_of(paper.kind)
    )
    if not related:
        embed.description = (
            f"No other paper at {conf.name} is close enough in meaning to list as related."
        )
        return set_footer(embed, approx_footer(paper.sessions, conf))
    for other in related:
        about = clip(other.summary, 300) if other.summary else "No summary in our own words yet."
        add_field(
            embed,
            clip(literal(other.title), limits.FIELD_NAME),
            f"{about}\n{_first_when(conf, other)}",
        )
    timed = [s for other in related for s in other.sessions[:1]]
    return set_footer(embed, approx_footer(timed, conf))


def _first_when(conf: ConferenceView, paper: PaperView) -> str:
    if not paper.sessions:
        return "Its session is not known."
    first = paper.sessions[0]
    room = f" · {literal(first.room)}" if first.room else ""
    return f"{literal(first.title)}{room}\n{when_text(first, conf.zone)}"


def authors_abstract(paper: PaperView) -> str:
    """The abstract as its authors wrote it, cut at a sentence end to fit a field, saying where
    the rest is: their words are quoted, never shortened into a summary of ours."""
    where = f"[OpenReview]({paper.url})" if paper.url else "OpenReview"
    note = f"\n*Cut to fit; the whole abstract is on {where}.*"
    short = shorten(paper.abstract, limits.FIELD_VALUE - len(note))
    return short.text + note if short.cut else short.text


def reading_line(readings: Sequence[tuple[str, str]]) -> str:
    """Says out loud that misspelt words were read as others, so a paper found through a
    correction is never passed off as a match for what was typed."""
    typed = " or ".join(f"“{word}”" for word, _ in readings)
    found = " and ".join(f"“{word}”" for _, word in readings)
    return f"*No paper has {typed}; showing papers with {found}.*"


def _paper_when(conf: ConferenceView, paper: PaperView) -> str:
    lines = []
    for session in paper.sessions:
        where = f", {literal(session.room)}" if session.room else ""
        lines.append(f"**{literal(session.title)}**{where}\n{when_text(session, conf.zone)}")
        if _holds_own_slot(session, paper):
            lines.append(_own_slot(paper, conf.zone))
    if paper.poster_board:
        lines.append(f"Poster board: {paper.poster_board}")
    if paper.placement != "verified" and paper.sessions:
        lines.append("The session is inferred, not confirmed by a schedule.")
    if not paper.sessions:
        day = f" It is listed on {day_label(paper.day)}." if paper.day else ""
        lines.append(f"Its session is not known.{day}")
    return "\n".join(lines)


def _holds_own_slot(session: SessionView, paper: PaperView) -> bool:
    start, end = paper.starts_at, paper.ends_at
    if start is None or end is None or session.starts_at is None or session.ends_at is None:
        return False
    return session.starts_at <= start and end <= session.ends_at


def _own_slot(paper: PaperView, zone: ZoneInfo) -> str:
    """An oral's own quarter hour: people come for one talk, not the whole block."""
    assert paper.starts_at is not None
    assert paper.ends_at is not None
    span = f"{paper.starts_at.astimezone(zone):%H:%M}–{paper.ends_at.astimezone(zone):%H:%M %Z}"
    stamps = f"{format_dt(paper.starts_at, 't')}–{format_dt(paper.ends_at, 't')}"
    return f"Its own slot {span} · {stamps} your time"
