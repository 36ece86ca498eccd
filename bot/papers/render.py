"""A paper in full, as /paper and chat show it: summary, authors, when and where, links."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.discord import limits
from bot.discord.embeds import (
    Field,
    add_field,
    add_fields,
    bounded_lines,
    clip,
    make_embed,
    set_footer,
)
from bot.discord.literal import literal, literals
from bot.discord.times import approx_footer, when_text
from bot.discord.words import more_counter
from bot.domain.kinds import PaperKind, colour_of
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.sentences import shorten
from bot.i18n.catalogues import N_, translate
from bot.i18n.formats import list_of, long_day_label
from bot.i18n.languages import Language

NO_SUMMARY = N_("No summary in our own words yet: the authors, keywords and links below say more.")
NO_SUMMARY_BUT_ABSTRACT = N_("No summary in our own words yet: the authors' own abstract is below.")
ABSTRACT = N_("Abstract (the authors' words)")
TLDR = N_("TL;DR (the authors' words)")
RELATED = N_("Related papers")
RELATED_TITLE_CHARS = 120
"""A related paper's title is cut here, so three lines with their times always fit a field."""


def paper_embed(
    conf: ConferenceView,
    paper: PaperView,
    others: Sequence[PaperView] = (),
    readings: Sequence[tuple[str, str]] = (),
    related: Sequence[PaperView] = (),
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """A paper in full. Its summary, abstract and TL;DR stay in the language they were written
    in: they are the paper's own data, like its title."""
    t = partial(translate, language)
    no_summary = NO_SUMMARY_BUT_ABSTRACT if paper.abstract else NO_SUMMARY
    summary = paper.summary or t(no_summary)
    lead = _lead(paper, language)
    summary = f"{lead}\n\n{summary}" if lead else summary
    description = f"{reading_line(readings, language)}\n\n{summary}" if readings else summary
    embed = make_embed(literal(paper.title), description, colour_of(paper.kind))
    if paper.url:
        embed.url = paper.url
    add_fields(embed, _card_fields(conf, paper, others, related, language))
    timed = [*paper.sessions, *(s for other in related for s in other.sessions[:1])]
    return set_footer(embed, approx_footer(timed, conf, language))


def _card_fields(
    conf: ConferenceView,
    paper: PaperView,
    others: Sequence[PaperView],
    related: Sequence[PaperView],
    language: Language,
) -> list[Field]:
    """The card's fields in the order shown; those without a value are left out by
    `add_fields`."""
    t = partial(translate, language)
    authors = ", ".join(literals(paper.authors)) or t("not listed by the organisers")
    fields: list[Field] = [(t("Authors"), authors, False)]
    if paper.affiliations:
        fields.append((t("Affiliations"), "; ".join(paper.affiliations), False))
    oral = paper.kind == PaperKind.ORAL
    kind = t("Oral (also shown as a poster)") if oral else t("Poster")
    fields.append((t("Presented as"), kind, True))
    if paper.award:
        fields.append((t("Award"), f"🏆 {paper.award}", True))
    fields.append((t("When and where"), _paper_when(conf, paper, language), False))
    if paper.topics:
        fields.append((t("Topics"), ", ".join(literals(paper.topics)), False))
    if paper.keywords:
        fields.append((t("Keywords"), ", ".join(paper.keywords), False))
    if paper.tldr:
        fields.append((t(TLDR), shorten(paper.tldr, limits.FIELD_VALUE).text, False))
    if paper.abstract:
        fields.append((t(ABSTRACT), authors_abstract(paper, language), False))
    fields.append((t("Links"), " · ".join(_links(paper, language)), True))
    more = more_counter(language, N_("… and {count} more"))
    if related:
        lines = [related_line(conf, other, language) for other in related]
        fields.append((t(RELATED), bounded_lines(lines, limits.FIELD_VALUE, more=more), False))
    if others:
        lines = [f"• {literal(other.title)}" for other in others]
        listed = bounded_lines(lines, limits.FIELD_VALUE, more=more)
        fields.append((t("Also matching"), listed, False))
    return fields


def _lead(paper: PaperView, language: Language) -> str:
    """The sentence a card opens with for a reader of another language, who expects one
    before a card of labels: what the paper is and whose ("Un poster de A, B et C."); empty
    in English, whose cards open with the summary as they always have."""
    if language is Language.ENGLISH or not paper.authors:
        return ""
    message = "An oral by {people}." if paper.kind == PaperKind.ORAL else "A poster by {people}."
    return translate(language, message, people=list_of(literals(paper.authors), language))


def _links(paper: PaperView, language: Language) -> list[str]:
    t = partial(translate, language)
    links = [f"[OpenReview]({paper.openreview_url})"] if paper.openreview_url else []
    if paper.arxiv_url:
        links.append(f"[arXiv]({paper.arxiv_url})")
    if paper.site_url:
        links.append(f"[{t('Conference page')}]({paper.site_url})")
    if paper.code_url:
        links.append(f"[{t('Code')}]({paper.code_url})")
    if paper.summary and paper.summary_source:
        links.append(f"[{t('Summary written from')}]({paper.summary_source})")
    return links


def related_line(
    conf: ConferenceView, paper: PaperView, language: Language = Language.ENGLISH
) -> str:
    """One related paper and where to catch it: title · day and time · room (its first
    session: a reader deciding whether to go needs the next chance, not every one)."""
    title = f"**{literal(clip(paper.title, RELATED_TITLE_CHARS))}**"
    if not paper.sessions:
        unknown = translate(language, "session not known")
        if not paper.day:
            return f"• {title} · {unknown}"
        listed = translate(language, "listed on {day}", day=long_day_label(paper.day, language))
        return f"• {title} · {listed} · {unknown}"
    first = paper.sessions[0]
    room = f" · {literal(first.room)}" if first.room else ""
    return f"• {title} · {when_text(first, conf.zone, language=language)}{room}"


def related_embed(
    conf: ConferenceView,
    paper: PaperView,
    related: Sequence[PaperView],
    language: Language = Language.ENGLISH,
) -> discord.Embed:
    """'Papers like X' in chat: the related papers, each with a line of its summary, or
    plainly that none is close enough, so a weak match is never passed off as related."""
    t = partial(translate, language)
    title = f"{t(RELATED)}: {literal(clip(paper.title, 200))}"
    embed = make_embed(title, colour=colour_of(paper.kind))
    if not related:
        embed.description = t(
            "No other paper at {conference} is close enough in meaning to list as related.",
            conference=conf.name,
        )
        return set_footer(embed, approx_footer(paper.sessions, conf, language))
    for other in related:
        about = clip(other.summary, 300) if other.summary else t("No summary in our own words yet.")
        when = _first_when(conf, other, language)
        add_field(embed, clip(literal(other.title), limits.FIELD_NAME), f"{about}\n{when}")
    timed = [s for other in related for s in other.sessions[:1]]
    return set_footer(embed, approx_footer(timed, conf, language))


def _first_when(conf: ConferenceView, paper: PaperView, language: Language) -> str:
    if not paper.sessions:
        return translate(language, "Its session is not known.")
    first = paper.sessions[0]
    room = f" · {literal(first.room)}" if first.room else ""
    return f"{first.title}{room}\n{when_text(first, conf.zone, language=language)}"


def authors_abstract(paper: PaperView, language: Language = Language.ENGLISH) -> str:
    """The abstract as its authors wrote it, cut at a sentence end to fit a field, saying where
    the rest is: their words are quoted, never shortened into a summary of ours."""
    where = f"[OpenReview]({paper.url})" if paper.url else "OpenReview"
    cut = translate(language, "Cut to fit; the whole abstract is on {where}.", where=where)
    note = f"\n*{cut}*"
    short = shorten(paper.abstract, limits.FIELD_VALUE - len(note))
    return short.text + note if short.cut else short.text


def reading_line(readings: Sequence[tuple[str, str]], language: Language = Language.ENGLISH) -> str:
    """Says out loud that misspelt words were read as others, so a paper found through a
    correction is never passed off as a match for what was typed."""
    typed = [f"“{word}”" for word, _ in readings]
    found = [f"“{word}”" for _, word in readings]
    if language is Language.ENGLISH:
        either, both = " or ".join(typed), " and ".join(found)
    else:
        either, both = list_of(typed, language, style="or"), list_of(found, language)
    line = translate(
        language, "No paper has {typed}; showing papers with {found}.", typed=either, found=both
    )
    return f"*{line}*"


def _paper_when(conf: ConferenceView, paper: PaperView, language: Language) -> str:
    t = partial(translate, language)
    lines = []
    for session in paper.sessions:
        where = f", {literal(session.room)}" if session.room else ""
        when = when_text(session, conf.zone, language=language)
        lines.append(f"**{literal(session.title)}**{where}\n{when}")
        slot = own_slot_line(session, paper, conf.zone, language)
        if slot:
            lines.append(slot)
    if paper.poster_board:
        lines.append(t("Poster board: {board}", board=paper.poster_board))
    if paper.placement != "verified" and paper.sessions:
        lines.append(t("The session is inferred, not confirmed by a schedule."))
    if not paper.sessions and paper.day:
        day = long_day_label(paper.day, language)
        lines.append(t("Its session is not known. It is listed on {day}.", day=day))
    elif not paper.sessions:
        lines.append(t("Its session is not known."))
    return "\n".join(lines)


def _holds_own_slot(session: SessionView, paper: PaperView) -> bool:
    start, end = paper.starts_at, paper.ends_at
    if start is None or end is None or session.starts_at is None or session.ends_at is None:
        return False
    return session.starts_at <= start and end <= session.ends_at


def own_slot_line(
    session: SessionView, paper: PaperView, zone: ZoneInfo, language: Language
) -> str | None:
    """An oral's own quarter hour inside its block: people come for one talk, not the whole
    block. None when the paper has no slot of its own there."""
    if not _holds_own_slot(session, paper):
        return None
    assert paper.starts_at is not None
    assert paper.ends_at is not None
    span = f"{paper.starts_at.astimezone(zone):%H:%M}–{paper.ends_at.astimezone(zone):%H:%M %Z}"
    stamps = f"{format_dt(paper.starts_at, 't')}–{format_dt(paper.ends_at, 't')}"
    return translate(language, "Its own slot {span} · {stamps} your time", span=span, stamps=stamps)
