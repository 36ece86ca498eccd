"""Papers: search, one paper in full, and title autocomplete.

Each answer is one plan (see `bot.store.asks`): searching, loading and choosing happen in one
read, so on SQLite an answer is a single hop to the store's reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import DomainError, EmptyQuery, NotFound
from bot.domain.kinds import PaperKind
from bot.domain.records import Choice, ConferenceView, PaperView
from bot.domain.text import MAX_QUERY_CHARS, SLUG, words
from bot.papers.persistence import search
from bot.papers.persistence.reads import AwardPapers, Boards, FirstTitles, PapersInFull, Titles
from bot.papers.persistence.related import RelatedIds, paper_texts
from bot.papers.related import about
from bot.papers.relevance import (
    NEAR_MISSES,
    answers_enough,
    names_closely,
    near_enough,
    readings,
    title_names,
)
from bot.papers.spelling import Spelling
from bot.store.asks import Plan, ask
from bot.store.reader import run_plan

AUTOCOMPLETE_LIMIT = 25
"""As many titles as an autocomplete can show."""
AUTHOR_LIMIT = 200
"""More papers than anyone writes for one conference."""


@dataclass(frozen=True)
class Held:
    """Every live paper of a conference in full, as a caller keeps them in memory for one
    revision (chat, which reads what each is about): a read at that revision takes the papers
    it found from here. Loading a dozen papers, their topics and sessions was a third of a
    chat search's time, for rows the caller already held."""

    by_id: Mapping[int, PaperView]
    by_slug: Mapping[str, PaperView]

    @classmethod
    def of(cls, papers: Iterable[PaperView]) -> Held:
        kept = tuple(papers)
        return cls({view.id: view for view in kept}, {view.slug: view for view in kept})

    def wanted(self, ids: Iterable[int], exact_slug: str | None) -> dict[int, PaperView]:
        """What `PapersInFull` reads for these ids and slug: each live one, by id."""
        found = {paper_id: self.by_id[paper_id] for paper_id in ids if paper_id in self.by_id}
        exact = self.by_slug.get(exact_slug) if exact_slug is not None else None
        return found | ({exact.id: exact} if exact is not None else {})


def _load(
    conf: ConferenceView, ids: list[int], exact_slug: str | None = None, held: Held | None = None
) -> Plan[list[PaperView]]:
    """Papers in full, in the order of `ids`; the paper with `exact_slug` (if any) first.
    Asking for none reads nothing: a name nobody has ('by trial and error') is then searched
    for like other words, and an empty read would cost that answer a statement. Papers `held`
    are not read again."""
    if not ids and exact_slug is None:
        return []
    if held is not None:
        return _ordered(held.wanted(ids, exact_slug), ids, exact_slug)
    by_id = yield from ask(PapersInFull(conf.id, tuple(ids), exact_slug))
    return _ordered(by_id, ids, exact_slug)


def _ordered(
    by_id: Mapping[int, PaperView], ids: list[int], exact_slug: str | None
) -> list[PaperView]:
    """The papers read, in the order of `ids`, the one with `exact_slug` (if any) first."""
    first = [view for view in by_id.values() if view.slug == exact_slug]
    rest = [by_id[paper_id] for paper_id in ids if paper_id in by_id]
    return list({view.id: view for view in first + rest}.values())


@dataclass(frozen=True)
class Found:
    """What a search found: papers that answer it, near misses to suggest by title, and the
    typed words the papers were found under another spelling of (as typed, as found)."""

    papers: list[PaperView]
    near: list[PaperView]
    readings: tuple[tuple[str, str], ...] = ()
    related: tuple[PaperView, ...] = ()
    """Papers like the first one (see `like`), when the answer shows it as a card."""


def _find(
    conf: ConferenceView,
    query: str,
    limit: int,
    spelling: Spelling | None = None,
    held: Held | None = None,
) -> Plan[Found]:
    typed = query.strip()
    if not typed:
        raise EmptyQuery()
    hits = yield from search.search_plan(conf.id, query, limit * 2, spelling)
    # Autocomplete sends slugs; free text with spaces or capitals is never one.
    exact = typed if SLUG.match(typed) else None
    if not hits and exact is None:
        return Found([], [])
    loaded = yield from _load(conf, [hit.paper_id for hit in hits], exact, held)
    terms = search.query_words(query)
    complete = {hit.paper_id for hit in hits if hit.complete and not hit.corrected}
    corrected = {hit.paper_id for hit in hits if hit.corrected}
    answers = [
        view
        for view in loaded
        if view.slug == exact
        or view.id in complete
        or (view.id in corrected and names_closely(terms, view))
        or answers_enough(terms, view)
    ]
    answered = {view.id for view in answers}  # by id: comparing views compares every field
    near = [view for view in loaded if view.id not in answered and near_enough(terms, view)]
    shown = _named_first(answers, typed)[:limit]
    read = (pair for view in shown if view.id in corrected for pair in readings(terms, view))
    return Found(shown, near[:NEAR_MISSES], tuple(dict.fromkeys(read)))


async def find_papers(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    limit: int = 6,
    spelling: Spelling | None = None,
    held: Held | None = None,
) -> Found:
    """Relevant papers best first, by the one rule of `relevance`; an exact slug (as
    autocomplete sends) wins outright. `spelling` and `held`: the conference's dictionary and
    its papers, if the caller holds them in memory (see `spelling`, `Held`)."""
    return await run_plan(db, _find(conf, query, limit, spelling, held))


async def search_papers(
    db: AsyncSession,
    conf: ConferenceView,
    query: str,
    limit: int = 6,
    spelling: Spelling | None = None,
) -> list[PaperView]:
    """Only the papers that answer the query, best first."""
    return (await find_papers(db, conf, query, limit, spelling)).papers


async def spelling(db: AsyncSession, conf: ConferenceView) -> Spelling:
    """The conference's typo dictionary, to hold in memory for as long as its revision lasts
    (every change to its papers moves the revision)."""
    return Spelling(await run_plan(db, ask(search.ConferenceWords(conf.id))))


async def in_full(
    db: AsyncSession, conf: ConferenceView, ids: list[int], held: Held | None = None
) -> list[PaperView]:
    """These papers of the conference in full, the ones most attendees will have heard of
    first (award winners, then orals), then by title: a lab's dozens of papers list what
    it is known for before what fits. Papers `held` are taken from there without a read:
    every live one is, so the store is not asked at all."""
    if held is not None:
        found = _ordered(held.wanted(ids, None), ids, None)
    else:
        found = await run_plan(db, _load(conf, ids))
    return sorted(
        found, key=lambda view: (view.award is None, view.kind != PaperKind.ORAL, view.title)
    )


def _named_first(found: list[PaperView], typed: str) -> list[PaperView]:
    """A paper whose own name (title or alias) is exactly what was typed comes first: among
    hundreds of papers, a method's short name must not lose to a title that merely holds both
    of its words."""
    key = words(typed)
    named = [view for view in found if key in (words(name) for name in (view.title, *view.aliases))]
    first = {view.id for view in named}
    return named + [view for view in found if view.id not in first]


async def by_slug(db: AsyncSession, conf: ConferenceView, slug: str) -> PaperView | None:
    """The live paper with this slug, however it is spelt (an OpenReview id has capitals):
    what an answer showed, looked up again for a reply to it."""
    found = await run_plan(db, _load(conf, [], slug))
    return found[0] if found else None


def _card(conf: ConferenceView, query: str, limit: int, held: Held | None) -> Plan[Found]:
    found = yield from _find(conf, query, limit, held=held)
    if not found.papers:
        return found
    ids = yield from ask(RelatedIds(found.papers[0].id))
    near = (yield from _load(conf, ids, held=held)) if ids else []
    return replace(found, related=tuple(near))


async def find_card(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6, held: Held | None = None
) -> Found:
    """As `find_papers`, with the related papers of the first: what a paper card shows. One
    more ask in the same plan, so on SQLite still one hop to the store's reader."""
    return await run_plan(db, _card(conf, query, limit, held))


async def best_matches(
    db: AsyncSession, conf: ConferenceView, query: str, limit: int = 6, held: Held | None = None
) -> Found:
    """What /paper shows, best first; NotFound rather than an empty answer."""
    found = await find_card(db, conf, query, limit, held)
    if not found.papers:
        raise NotFound("paper", query.strip(), [view.title for view in found.near])
    return found


def _by_author(conf: ConferenceView, name: str, held: Held | None = None) -> Plan[list[PaperView]]:
    ids = yield from search.by_author_plan(conf.id, name, AUTHOR_LIMIT)
    found = yield from _load(conf, ids, held=held)
    wanted = words(name)
    return sorted(
        (view for view in found if any(_named_by(author, wanted) for author in view.authors)),
        key=lambda view: view.title,
    )


async def by_author(db: AsyncSession, conf: ConferenceView, name: str) -> list[PaperView]:
    """Every paper with this author, by title: a full name, or its last words ('Frankle'),
    never words from the middle of a name or from two names."""
    return await run_plan(db, _by_author(conf, name))


def _by_authors(
    conf: ConferenceView, names: Sequence[str], held: Held | None
) -> Plan[list[list[PaperView]]]:
    found = []
    for name in names:
        found.append((yield from _by_author(conf, name, held)))
    return found


async def by_authors(
    db: AsyncSession, conf: ConferenceView, names: Sequence[str], held: Held | None = None
) -> list[list[PaperView]]:
    """`by_author` of each name (a person's as written, and their surname as other papers
    spell it), in one read: one hop to the store's reader, not one per name; `held`: the
    conference's papers, if the caller holds them in memory."""
    return await run_plan(db, _by_authors(conf, names, held))


def _by_author_else(
    conf: ConferenceView,
    name: str,
    query: str | None,
    limit: int,
    spelling: Spelling | None,
    held: Held | None,
) -> Plan[tuple[list[PaperView], Found | None]]:
    written = yield from _by_author(conf, name, held)
    if written or query is None:
        return written, None
    try:
        return written, (yield from _find(conf, query, limit, spelling, held))
    except DomainError:  # left to the caller's own search, which says why, if it gets there
        return written, None


async def by_author_else_found(
    db: AsyncSession,
    conf: ConferenceView,
    name: str,
    query: str | None,
    limit: int = 6,
    spelling: Spelling | None = None,
    held: Held | None = None,
) -> tuple[list[PaperView], Found | None]:
    """`by_author`, and when nobody has the name, `find_papers` of `query` (if any) in the
    same read: words after 'by' that are nobody's name ('by trial and error') are searched
    for like any others, and the two reads as one are one hop to the store's reader."""
    return await run_plan(db, _by_author_else(conf, name, query, limit, spelling, held))


def _named_by(author: str, wanted: list[str]) -> bool:
    return bool(wanted) and words(author)[-len(wanted) :] == wanted


def _with_award(conf: ConferenceView, award: str) -> Plan[list[PaperView]]:
    ids = yield from ask(AwardPapers(conf.id, award))
    return sorted((yield from _load(conf, ids)), key=lambda view: view.title)


async def with_award(db: AsyncSession, conf: ConferenceView, award: str) -> list[PaperView]:
    """Every paper that won this award, by title."""
    return await run_plan(db, _with_award(conf, award))


_BOARD_NUMBER = re.compile(r"(\d+)\W*$")
"""A board's number, written last ('Great Hall BC #55')."""


def _on_board(conf: ConferenceView, number: int) -> Plan[list[PaperView]]:
    boards = yield from ask(Boards(conf.id))
    ids = [
        paper_id
        for paper_id, board in boards
        if (found := _BOARD_NUMBER.search(board)) and int(found.group(1)) == number
    ]
    return sorted((yield from _load(conf, ids)), key=lambda view: view.title)


async def on_board(db: AsyncSession, conf: ConferenceView, number: int) -> list[PaperView]:
    """The papers shown at poster boards of this number: attendees name a board by the number
    on it, the hall only when two halls share numbers."""
    return await run_plan(db, _on_board(conf, number))


def _choices(conf: ConferenceView, typed: str) -> Plan[list[Choice[str]]]:
    if not typed.strip():
        first = yield from ask(FirstTitles(conf.id, AUTOCOMPLETE_LIMIT))
        return [Choice(title, slug) for slug, title in first]
    hits = yield from search.title_prefix_plan(conf.id, typed, AUTOCOMPLETE_LIMIT)
    corrected = False
    if not hits and words(typed[:MAX_QUERY_CHARS]):
        # Nothing starts with what was typed: perhaps it is misspelt ('lotery'), and the
        # search's corrections find what a title prefix cannot. Papers sharing only some of
        # the words are not offered, as search would not show them either.
        found = yield from search.search_plan(conf.id, typed[:MAX_QUERY_CHARS], AUTOCOMPLETE_LIMIT)
        hits = [hit for hit in found if hit.complete]
        corrected = True
    if not hits:
        return []
    by_id = yield from ask(Titles(conf.id, tuple(hit.paper_id for hit in hits)))
    terms = search.query_words(typed[:MAX_QUERY_CHARS]) if corrected else []
    return [
        Choice(by_id[hit.paper_id][1], by_id[hit.paper_id][0])
        for hit in hits
        if hit.paper_id in by_id and (not corrected or title_names(terms, by_id[hit.paper_id][1]))
    ]


async def paper_choices(db: AsyncSession, conf: ConferenceView, typed: str) -> list[Choice[str]]:
    """Autocomplete: titles containing the typed words (the last as a prefix), 25 at most."""
    return await run_plan(db, _choices(conf, typed))


MEANING_UP_TO = 5_000
"""Papers up to which chat reads what every paper is about, to offer by meaning: a larger
conference would cost seconds of embedding for a guess."""


async def what_papers_are_about(
    db: AsyncSession, conf: ConferenceView, papers: int
) -> list[tuple[PaperView, str]]:
    """Every live paper in full with the text saying what it is about (title, summary,
    keywords and topics), for a conference of `papers` live papers small enough
    (`MEANING_UP_TO`); none for a larger one, whose texts are then never read (at 100,000
    papers reading them alone would hold the answer for seconds). In full, since a paper
    described in an attendee's words is found by its authors and their labs too."""
    if papers > MEANING_UP_TO:
        return []
    found = await paper_texts(db, conf.id)
    views = {view.id: view for view in await run_plan(db, _load(conf, [p.paper_id for p in found]))}
    return [
        (views[p.paper_id], about(p.title, p.summary, "", p.keywords))
        for p in found
        if p.paper_id in views
    ]
