"""The fact a follow-up asked (`facets`), told in a line per item it asked about, each line
starting with the item's name so the reader knows what it refers to. A fact an item lacks is
said to be unknown, never taken from another item. A place is told with its day and time: a
room is found only when the reader knows when to be there ('which room?' of a poster that runs
on Tuesday morning), and a session's time with its room."""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.facets import Asked, Facet
from bot.chat.within import paper_within
from bot.discord import limits
from bot.discord.embeds import clip
from bot.discord.literal import literal, literals
from bot.discord.times import when_text
from bot.domain.kinds import PaperKind
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.text import words
from bot.i18n.catalogues import Domain, translate, translate_plural
from bot.i18n.formats import language_name, list_of, long_day_label
from bot.i18n.languages import Language
from bot.papers import service as paper_service
from bot.programme.render import length_text


async def told(db: AsyncSession, conf: ConferenceView, asked: Asked, language: Language) -> str:
    """The facts asked, a line for each session or paper asked about."""
    asked = await paper_within(db, conf, asked)
    lines = [_session_line(conf, s, asked.facets, language) for s in asked.sessions]
    for slug in asked.papers:
        paper = await paper_service.by_slug(db, conf, slug)
        if paper is not None:
            lines.append(_paper_line(conf, paper, asked.facets, language))
    return clip("\n".join(lines), limits.CONTENT)


def _session_line(
    conf: ConferenceView, session: SessionView, facets: tuple[Facet, ...], language: Language
) -> str:
    told: list[str] = []
    for facet in _with_where(_with_when(facets)):
        match facet:
            case Facet.PEOPLE:
                told.append(_given_by([name for name, _ in session.people], language))
                told.extend(_put_on_by(session))
            case Facet.WORK:
                told.append(_works_at(None, language))
            case Facet.WHEN:
                told.append(_session_when(conf, session, language))
            case Facet.WHERE:
                told.append(_in_room(session.room, language))
            case Facet.TITLE:
                told.append(_called(session.talk_title or session.title, language))
            case Facet.CODE:
                told.append(_session_code(session, language))
            case Facet.LINKS:
                told.append(_links_line(_session_links(session), language))
            case Facet.FORMAT:
                told.append(literal(session.kind))
            case Facet.LANGUAGE:
                told.append(_given_in(session.language, language))
    return f"**{literal(session.title)}**: {' · '.join(told)}"


def _session_links(session: SessionView) -> list[str]:
    """Its page, then its own links (slides, a project's site, its repository)."""
    own = [url for _, url in session.links]
    return [session.url, *own] if session.url else own


CODE_WORDS = frozenset({"github", "gitlab", "codeberg", "repo", "repository", "code", "source"})
"""Words of a link's label or address that make it a repository."""


def _session_code(session: SessionView, language: Language) -> str:
    """Its own links that are repositories; without one, its page, since a talk's one link
    is often its project's."""
    code = [url for label, url in session.links if set(words(f"{label} {url}")) & CODE_WORDS]
    found = code or ([session.url] if session.url else [])
    return _links_line(found, language) if found else _code(None, language)


def _session_when(conf: ConferenceView, session: SessionView, language: Language) -> str:
    """Its day and time with how long it runs ('(1 h)'): 'how long is it' and 'when is it'
    are both asked to plan around it."""
    if session.starts_at is None or session.ends_at is None:
        return translate(language, "its day and time are not known", domain=Domain.CHAT)
    length = length_text(session.ends_at - session.starts_at)
    return f"{when_text(session, conf.zone, language=language)} ({length})"


def _paper_line(
    conf: ConferenceView, paper: PaperView, facets: tuple[Facet, ...], language: Language
) -> str:
    told: list[str] = []
    for facet in _with_when(_with_when(facets), Facet.FORMAT):
        match facet:
            case Facet.PEOPLE:
                told.append(_written_by(paper, language))
            case Facet.WORK if Facet.PEOPLE not in facets or not paper.affiliations:
                told.append(_works_at(paper, language))
            case Facet.WHEN:
                told.append(_paper_when(conf, paper, language))
            case Facet.WHERE:
                told.append(_paper_where(paper, language))
            case Facet.TITLE:
                told.append(_called(paper.title, language))
            case Facet.CODE:
                told.append(_code(paper.code_url, language))
            case Facet.LINKS:
                told.append(_links_line(_links(paper), language))
            case Facet.FORMAT:
                told.append(_presented_as(paper, language))
            case Facet.LANGUAGE:
                told.append(_given_in(None, language))
    return f"**{literal(paper.title)}**: {' · '.join(told)}"


def _presented_as(paper: PaperView, language: Language) -> str:
    """An oral or a poster, as the paper's card says it."""
    oral = paper.kind == PaperKind.ORAL
    kind = translate(language, "Oral (also shown as a poster)" if oral else "Poster")
    return f"{translate(language, 'Presented as')}: {kind}"


def _with_when(facets: tuple[Facet, ...], timed: Facet = Facet.WHERE) -> tuple[Facet, ...]:
    """The facts to tell: a place asked alone brings its day and time right after it, and so
    does a paper's format ('is it an oral?' is asked to go and see it)."""
    if timed not in facets or Facet.WHEN in facets:
        return facets
    at = facets.index(timed) + 1
    return (*facets[:at], Facet.WHEN, *facets[at:])


def _with_where(facets: tuple[Facet, ...]) -> tuple[Facet, ...]:
    """A session's time asked alone brings its room right after it: knowing when to be there
    is half of getting there (a paper's time already says where it is shown)."""
    if Facet.WHEN not in facets or Facet.WHERE in facets:
        return facets
    at = facets.index(Facet.WHEN) + 1
    return (*facets[:at], Facet.WHERE, *facets[at:])


def _given_by(names: list[str], language: Language) -> str:
    if not names:
        return translate(language, "no speaker is listed", domain=Domain.CHAT)
    named = literals(dict.fromkeys(names))
    people = list_of(named, language)
    return translate_plural(
        language,
        "given by {people}",
        "given by {people}",
        len(named),
        people=people,
        domain=Domain.CHAT,
    )


HOSTS_TOLD = 300
"""How much of a description is told of a session nobody speaks at."""


def _put_on_by(session: SessionView) -> list[str]:
    """The opening sentence of a session's description when it lists no speaker: who throws
    a party or puts on a reception is written there, if anywhere ('which companies are behind
    them?')."""
    if session.people or not session.description:
        return []
    opening = re.split(r"(?<=[.!?])\s+", session.description.strip())[0]
    return [clip(literal(opening), HOSTS_TOLD)]


def _written_by(paper: PaperView, language: Language) -> str:
    """Its authors, and where they work when the paper says (people ask 'who' of both)."""
    authors = list_of(literals(paper.authors), language)
    said = translate(language, "written by {people}", people=authors, domain=Domain.CHAT)
    places = "; ".join(literals(paper.affiliations))
    return f"{said} ({places})" if places else said


def _works_at(paper: PaperView | None, language: Language) -> str:
    """Where a paper's authors work, when it lists it; a session's speakers list none."""
    if paper is None or not paper.affiliations:
        return translate(language, "where they work is not listed", domain=Domain.CHAT)
    places = "; ".join(literals(paper.affiliations))
    return translate(language, "from {places}", places=places, domain=Domain.CHAT)


def _in_room(room: str | None, language: Language) -> str:
    if room is None:
        return translate(language, "its room is not known", domain=Domain.CHAT)
    return translate(language, "in {room}", room=literal(room), domain=Domain.CHAT)


def _called(title: str, language: Language) -> str:
    return translate(language, "called “{title}”", title=literal(title), domain=Domain.CHAT)


def _code(link: str | None, language: Language) -> str:
    if link is None:
        return translate(language, "no code link is known", domain=Domain.CHAT)
    return translate(language, "code: {link}", link=link, domain=Domain.CHAT)


def _given_in(code: str | None, language: Language) -> str:
    """The language a talk is given in, named in the reader's; a paper and a talk whose
    programme names none are not guessed to be in English."""
    if code is None:
        return translate(language, "the language it is given in is not listed", domain=Domain.CHAT)
    return translate(
        language, "given in {language}", language=language_name(code, language), domain=Domain.CHAT
    )


def _links_line(links: list[str], language: Language) -> str:
    if not links:
        return translate(language, "no link is known", domain=Domain.CHAT)
    return translate(language, "links: {links}", links=" · ".join(links), domain=Domain.CHAT)


def _paper_when(conf: ConferenceView, paper: PaperView, language: Language) -> str:
    """Its own slot where a source gives one (an oral's quarter hour), else its session's."""
    if not paper.sessions:
        if paper.day:
            day = long_day_label(paper.day, language)
            return translate(language, "Its session is not known. It is listed on {day}.", day=day)
        return translate(language, "Its session is not known.")
    session = paper.sessions[0]
    own = paper.starts_at is not None and paper.ends_at is not None
    slot = replace(session, starts_at=paper.starts_at, ends_at=paper.ends_at) if own else session
    return f"{when_text(slot, conf.zone, language=language)} ({literal(session.title)})"


def _paper_where(paper: PaperView, language: Language) -> str:
    rooms = [s.room for s in paper.sessions if s.room]
    where = [_in_room(rooms[0] if rooms else None, language)]
    if paper.poster_board:
        where.append(translate(language, "Poster board: {board}", board=paper.poster_board))
    return ", ".join(where)


def _links(paper: PaperView) -> list[str]:
    urls = (paper.openreview_url, paper.arxiv_url, paper.site_url, paper.code_url)
    return [url for url in urls if url]
