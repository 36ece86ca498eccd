"""A paper in full, as /paper and chat show it: summary, authors, when and where, links."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.times import approx_footer, when_text
from bot.domain.days import day_label
from bot.domain.kinds import PaperKind, colour_of
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.sentences import shorten

NO_SUMMARY = "No summary in our own words yet: the authors, keywords and links below say more."
NO_SUMMARY_BUT_ABSTRACT = "No summary in our own words yet: the authors' own abstract is below."
ABSTRACT = "Abstract (the authors' words)"
TLDR = "TL;DR (the authors' words)"


def paper_embed(
    conf: ConferenceView,
    paper: PaperView,
    others: Sequence[PaperView] = (),
    readings: Sequence[tuple[str, str]] = (),
) -> discord.Embed:
    summary = paper.summary or (NO_SUMMARY_BUT_ABSTRACT if paper.abstract else NO_SUMMARY)
    description = f"{reading_line(readings)}\n\n{summary}" if readings else summary
    embed = make_embed(paper.title, description, colour_of(paper.kind))
    if paper.url:
        embed.url = paper.url
    add_field(embed, "Authors", ", ".join(paper.authors) or "not listed by the organisers")
    if paper.affiliations:
        add_field(embed, "Affiliations", "; ".join(paper.affiliations))
    kind = "Oral (also shown as a poster)" if paper.kind == PaperKind.ORAL else "Poster"
    add_field(embed, "Presented as", kind, inline=True)
    if paper.award:
        add_field(embed, "Award", f"🏆 {paper.award}", inline=True)
    add_field(embed, "When and where", _paper_when(conf, paper))
    if paper.topics:
        add_field(embed, "Topics", ", ".join(paper.topics))
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
    if others:
        lines = [f"• {other.title}" for other in others]
        add_field(embed, "Also matching", bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(embed, approx_footer(paper.sessions, conf))


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
        where = f", {session.room}" if session.room else ""
        lines.append(f"**{session.title}**{where}\n{when_text(session, conf.zone)}")
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
