"""A paper in full, as /paper and chat show it: summary, authors, when and where, links."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.discord import limits
from bot.discord.embeds import add_field, bounded_lines, make_embed, set_footer
from bot.discord.times import approx_footer, when_text
from bot.domain.days import day_label
from bot.domain.kinds import PaperKind, colour_of
from bot.domain.records import ConferenceView, PaperView


def paper_embed(
    conf: ConferenceView, paper: PaperView, others: Sequence[PaperView] = ()
) -> discord.Embed:
    embed = make_embed(paper.title, paper.summary, colour_of(paper.kind))
    if paper.url:
        embed.url = paper.url
    add_field(embed, "Authors", ", ".join(paper.authors))
    kind = "Oral (also shown as a poster)" if paper.kind == PaperKind.ORAL else "Poster"
    add_field(embed, "Presented as", kind, inline=True)
    if paper.award:
        add_field(embed, "Award", f"🏆 {paper.award}", inline=True)
    add_field(embed, "When and where", _paper_when(conf, paper))
    if paper.topics:
        add_field(embed, "Topics", ", ".join(paper.topics))
    links = [f"[OpenReview]({paper.url})"] if paper.openreview_id and paper.url else []
    if paper.arxiv_id:
        links.append(f"[arXiv](https://arxiv.org/abs/{paper.arxiv_id})")
    if paper.code_url:
        links.append(f"[Code]({paper.code_url})")
    add_field(embed, "Links", " · ".join(links), inline=True)
    if others:
        lines = [f"• {other.title}" for other in others]
        add_field(embed, "Also matching", bounded_lines(lines, limits.FIELD_VALUE))
    return set_footer(embed, approx_footer(paper.sessions, conf))


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
        day = f" It is listed on {day_label(paper.day)}." if paper.day else ""
        lines.append(f"Its session is not known.{day}")
    return "\n".join(lines)
