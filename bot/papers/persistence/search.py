"""Paper search over the FTS5 index: safe for any input, ranked, and tolerant of typos.

User text never reaches SQL as syntax: it is cut into words the way the index cuts them and each
word is quoted, so `"`, `AND`, `*`, `col:x` or `-x` are just words. Matching tries, in order:
all words; all words with misspellings replaced by near dictionary words; any word. Ranking is
bm25 with its cost bounded for very large conferences (RANKED_MATCHES, COMMON_DOCS). Every
statement keeps to one conference: its rowid range in the index (see search_index), its rows
of the dictionary.

The strategy is written once, as plans (see `asks`): `search_plan`, `title_prefix_plan` and
`by_author_plan` run inside a larger answer's plan (`search` and `corrections` also run them
on their own). Each ask spells its statements for SQLite here and for PostgreSQL
in `search_pg`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import EmptyQuery, QueryTooLong
from bot.domain.text import MAX_QUERY_CHARS, edit_distance, words
from bot.papers.persistence import search_pg
from bot.papers.spelling import Spelling, allowed_distance
from bot.store.asks import Ask, Plan, Rows, ask
from bot.store.reader import run_plan
from bot.store.search_index import MIN_TYPO_WORD, conference_rowids, paper_id_of

MAX_WORDS = 12
WEIGHTS = "10.0, 8.0, 4.0, 3.0, 1.0, 0.5"
"""bm25 weights per column: title, aliases, authors, topics, summary, the authors' abstract."""
TYPO_CANDIDATES = 200
COMMON_DOCS = 5000
"""bm25 first reads every posting of each query word to weigh it, 45 ns a paper: a word in
80,000 papers costs 3.6 ms per query before any ranking. Words in more papers than this (by the
dictionary's count: titles, aliases, authors, topics) still filter, all words must match, but
do not rank when rarer words are there to rank by; such a word weighs little in bm25 anyway.
The count is summed over every conference, since bm25 reads the postings of the whole index.
No word of a store of 5,000 papers can reach it."""
RANKED_MATCHES = 2000
"""bm25 costs about 1.5 µs per matching paper, plus a pass over every paper holding each query
word: a word in most of 100k papers takes 90 ms to rank, and says almost nothing (its bm25 weight
is near 0). A query matching more papers than this is answered unranked instead."""
PREFIX_QUERY_PAPERS = 5000
"""Up to this many papers in the conference, autocomplete reads the unfinished last word as an
FTS5 prefix query. That merges the postings of every indexed word with the prefix: some 70 ms
for one letter at 100k papers, so beyond it the word is read as its completions in the
conference's dictionary (titles, aliases, authors, topics) instead. The merge reads every
conference's postings (the rowid range bounds the walk, not the merge), so a small conference
beside a very large one pays for the large one here."""
COMPLETIONS = 8
"""How many completions, the commonest: each one more is a phrase for FTS5 to match and weigh.
A prefix that no dictionary word has can only match summaries, and is searched as a prefix."""
IN_CONFERENCE = "rowid BETWEEN :low AND :high"
"""Keeps a statement on `paper_search` to one conference, bounds bound by `conference_rowids`."""
STOP_WORDS = frozenset(
    {
        *("a", "an", "and", "are", "about", "by", "for", "from", "in", "is", "it", "me"),
        *("of", "on", "or", "paper", "papers", "tell", "the", "this", "to", "what"),
        *("which", "with", "summarise", "summarize", "summary"),
    }
)


@dataclass(frozen=True)
class Hit:
    paper_id: int
    score: float
    complete: bool = True
    """Whether the paper has every query word (or a correction of it), not just some."""
    corrected: bool = False
    """Whether it matched only once misspelt words were replaced by corrections."""


def quote(word: str) -> str:
    """An FTS5 string literal: whatever the word holds, it is matched as text."""
    return '"' + word.replace('"', '""') + '"'


def query_words(query: str) -> list[str]:
    """Check and cut a query; stop words and repeats go (unless nothing else is left), since
    every word is one more term for the index to match and weigh."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(MAX_QUERY_CHARS)
    found = list(dict.fromkeys(words(query)))
    if not found:
        raise EmptyQuery()
    meaningful = [word for word in found if word not in STOP_WORDS]
    return (meaningful or found)[:MAX_WORDS]


@dataclass(frozen=True)
class Group:
    """One typed word as FTS5 sees it: any of its options (corrections, completions) matches."""

    options: tuple[str, ...]
    prefix: bool = False

    def expr(self) -> str:
        if self.prefix:
            return quote(self.options[0]) + "*"
        if len(self.options) == 1:
            return quote(self.options[0])
        return "(" + " OR ".join(map(quote, self.options)) + ")"


def _scoped(match: str, column: str | None) -> str:
    return f"{{{column}}} : ({match})" if column else match


@dataclass(frozen=True)
class Known(Ask[set[str]]):
    """Which candidates are words of the conference's dictionary."""

    conference_id: int
    candidates: tuple[str, ...]

    def on_sqlite(self, rows: Rows) -> set[str]:
        found = rows(
            "SELECT word FROM search_words WHERE conference_id = :conference "
            "AND word IN (SELECT value FROM json_each(:words))",
            {"conference": self.conference_id, "words": json.dumps(list(self.candidates))},
        )
        return {row[0] for row in found}

    async def on_postgres(self, db: AsyncSession) -> set[str]:
        return await search_pg.known(db, self.conference_id, self.candidates)


@dataclass(frozen=True)
class ConferenceWords(Ask[list[tuple[str, int]]]):
    """The conference's whole dictionary with its counts, for a `Spelling` held in memory."""

    conference_id: int

    def on_sqlite(self, rows: Rows) -> list[tuple[str, int]]:
        found = rows(
            "SELECT word, docs FROM search_words WHERE conference_id = :conference",
            {"conference": self.conference_id},
        )
        return [(word, int(docs)) for word, docs in found]

    async def on_postgres(self, db: AsyncSession) -> list[tuple[str, int]]:
        return await search_pg.conference_words(db, self.conference_id)


@dataclass(frozen=True)
class NearWords(Ask[list[tuple[str, int]]]):
    """Dictionary words sharing trigrams with a misspelt word, with their counts."""

    conference_id: int
    word: str

    def on_sqlite(self, rows: Rows) -> list[tuple[str, int]]:
        grams = {self.word[i : i + 3] for i in range(len(self.word) - 2)}
        found = rows(
            "SELECT t.word, w.docs FROM search_words_trigram AS t "
            "JOIN search_words AS w ON w.word = t.word AND w.conference_id = :conference "
            "WHERE search_words_trigram MATCH :match ORDER BY t.rank LIMIT :limit",
            {
                "conference": self.conference_id,
                "match": " OR ".join(quote(gram) for gram in sorted(grams)),
                "limit": TYPO_CANDIDATES,
            },
        )
        return [(word, int(docs)) for word, docs in found]

    async def on_postgres(self, db: AsyncSession) -> list[tuple[str, int]]:
        return await search_pg.near_words(db, self.conference_id, self.word, TYPO_CANDIDATES)


def corrections_plan(conference_id: int, word: str) -> Plan[list[str]]:
    """Words of the conference's dictionary within a small edit distance of a misspelt word,
    closest first."""
    if len(word) < MIN_TYPO_WORD:
        return []
    near = yield from ask(NearWords(conference_id, word))
    limit = allowed_distance(word)
    scored = []
    for candidate, docs in near:
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            scored.append((distance, -docs, candidate))
    return [candidate for _, _, candidate in sorted(scored)[:3]]


@dataclass(frozen=True)
class Ranked(Ask[list[Hit]]):
    """Best-first hits for all groups (or any), ranked by bm25 unless too broad to rank.

    A narrow query that needs all its words is ranked by its uncommon words only (see
    COMMON_DOCS); the common ones still filter.
    """

    conference_id: int
    groups: tuple[Group, ...]
    limit: int
    any_group: bool = False
    column: str | None = None

    def on_sqlite(self, rows: Rows) -> list[Hit]:
        match = (" OR " if self.any_group else " AND ").join(group.expr() for group in self.groups)
        target = _scoped(match, self.column)
        matches, common = self._census(rows, target)
        if not matches:
            return []
        if matches > RANKED_MATCHES:
            return self._unranked(rows, match)
        ranking = [group for group in self.groups if common.isdisjoint(group.options)]
        if self.any_group or not ranking or len(ranking) == len(self.groups):
            ranked, within = target, ""
        else:
            ranked = _scoped(" AND ".join(group.expr() for group in ranking), self.column)
            # The + keeps SQLite from handing the candidates to FTS5 one rowid at a time, each
            # lookup re-reading every posting of the full match (seconds, not milliseconds).
            within = (
                "AND +rowid IN (SELECT rowid FROM paper_search "
                f"WHERE paper_search MATCH :match AND {IN_CONFERENCE}) "
            )
        found = rows(
            f"SELECT rowid, bm25(paper_search, {WEIGHTS}) AS score FROM paper_search "
            f"WHERE paper_search MATCH :ranked AND {IN_CONFERENCE} {within}"
            "ORDER BY score LIMIT :limit",
            {
                **conference_rowids(self.conference_id),
                "ranked": ranked,
                "match": target,
                "limit": self.limit,
            },
        )
        return [Hit(paper_id_of(rowid), score) for rowid, score in found]

    def _census(self, rows: Rows, target: str) -> tuple[int, set[str]]:
        """The conference's matches up to RANKED_MATCHES + 1, and which query words are in
        over COMMON_DOCS papers of the store: one statement, cheap whatever the query."""
        options = [option for group in self.groups for option in group.options]
        ((matches, common),) = rows(
            "SELECT (SELECT count(*) FROM (SELECT 1 FROM paper_search "
            f"WHERE paper_search MATCH :match AND {IN_CONFERENCE} LIMIT :cap)), "
            "(SELECT json_group_array(word) FROM (SELECT word FROM search_words "
            "WHERE word IN (SELECT value FROM json_each(:words)) "
            "GROUP BY word HAVING sum(docs) > :common))",
            {
                **conference_rowids(self.conference_id),
                "match": target,
                "cap": RANKED_MATCHES + 1,
                "words": json.dumps(options),
                "common": COMMON_DOCS,
            },
        )
        return int(matches), set(json.loads(common))

    def _unranked(self, rows: Rows, match: str) -> list[Hit]:
        """A broad query's hits without bm25: title or alias matches first, then any, in
        index order."""
        found: dict[int, None] = {}
        for where in dict.fromkeys((self.column or "title aliases", self.column)):
            page = rows(
                "SELECT rowid FROM paper_search "
                f"WHERE paper_search MATCH :match AND {IN_CONFERENCE} LIMIT :limit",
                {
                    **conference_rowids(self.conference_id),
                    "match": _scoped(match, where),
                    "limit": self.limit,
                },
            )
            found.update(dict.fromkeys(paper_id_of(rowid) for (rowid,) in page))
            if len(found) >= self.limit:
                break
        return [Hit(paper_id, 0.0) for paper_id in list(found)[: self.limit]]

    async def on_postgres(self, db: AsyncSession) -> list[Hit]:
        found = await search_pg.ranked(
            db,
            self.conference_id,
            self.groups,
            self.limit,
            any_group=self.any_group,
            column=self.column,
        )
        return [Hit(paper_id, score) for paper_id, score in found]


def search_plan(
    conference_id: int, query: str, limit: int = 10, spelling: Spelling | None = None
) -> Plan[list[Hit]]:
    """Best-first hits among a conference's papers for a free-text query; `spelling`, the
    conference's dictionary if the caller holds it in memory, corrects misspelt words without
    asking the store."""
    terms = query_words(query)
    hits = yield from ask(Ranked(conference_id, tuple(Group((term,)) for term in terms), limit))
    if hits:
        return hits
    if spelling is None:
        known = yield from ask(Known(conference_id, tuple(terms)))
    else:
        known = spelling.known(terms)
    groups = []
    for term in terms:
        if term in known:
            fixes = []
        elif spelling is None:
            fixes = yield from corrections_plan(conference_id, term)
        else:
            fixes = spelling.corrections(term)
        groups.append(Group((term, *fixes)))
    if any(term not in known for term in terms):
        hits = yield from ask(Ranked(conference_id, tuple(groups), limit))
        if hits or len(terms) == 1:
            return [Hit(hit.paper_id, hit.score, corrected=True) for hit in hits]
    partial = yield from ask(Ranked(conference_id, tuple(groups), limit, any_group=True))
    return [Hit(hit.paper_id, hit.score, complete=False) for hit in partial]


@dataclass(frozen=True)
class Completions(Ask[list[str]]):
    """The commonest words of the conference's dictionary that start with a prefix (the prefix
    itself included), when the conference is big enough for them to beat a prefix query; else
    none.

    The size check rides in the same statement and steps over at most PREFIX_QUERY_PAPERS + 1
    papers however big the conference is. PostgreSQL's prefix match walks its GIN index
    cheaply at any size: none there."""

    conference_id: int
    prefix: str

    def on_sqlite(self, rows: Rows) -> list[str]:
        found = rows(
            "SELECT word FROM search_words "
            "WHERE word >= :first AND word < :after AND conference_id = :conference "
            "AND EXISTS (SELECT 1 FROM papers WHERE conference_id = :conference "
            "LIMIT 1 OFFSET :small) "
            "ORDER BY docs DESC, word LIMIT :limit",
            {
                "conference": self.conference_id,
                "first": self.prefix,
                "after": self.prefix[:-1] + chr(ord(self.prefix[-1]) + 1),
                "small": PREFIX_QUERY_PAPERS,
                "limit": COMPLETIONS,
            },
        )
        return [word for (word,) in found]

    async def on_postgres(self, db: AsyncSession) -> list[str]:
        return []


def title_prefix_plan(conference_id: int, typed: str, limit: int) -> Plan[list[Hit]]:
    """A conference's papers whose title has all typed words, the last one as a prefix (for
    autocomplete)."""
    terms = list(dict.fromkeys(words(typed[:MAX_QUERY_CHARS])))[:MAX_WORDS]
    if not terms:
        return []
    completions = yield from ask(Completions(conference_id, terms[-1]))
    groups = [Group((term,)) for term in terms[:-1]]
    groups.append(Group(tuple(completions)) if completions else Group((terms[-1],), True))
    hits = yield from ask(Ranked(conference_id, tuple(groups), limit, column="title aliases"))
    if hits:
        return hits
    return (yield from ask(Ranked(conference_id, tuple(groups), limit)))


@dataclass(frozen=True)
class ByAuthor(Ask[list[int]]):
    """Papers with these words, in this order, among their authors."""

    conference_id: int
    name_words: tuple[str, ...]
    limit: int

    def on_sqlite(self, rows: Rows) -> list[int]:
        found = rows(
            "SELECT rowid FROM paper_search "
            f"WHERE paper_search MATCH :match AND {IN_CONFERENCE} LIMIT :limit",
            {
                **conference_rowids(self.conference_id),
                "match": "{authors} : " + quote(" ".join(self.name_words)),
                "limit": self.limit,
            },
        )
        return [paper_id_of(rowid) for (rowid,) in found]

    async def on_postgres(self, db: AsyncSession) -> list[int]:
        return await search_pg.by_author(db, self.conference_id, self.name_words, self.limit)


def by_author_plan(conference_id: int, name: str, limit: int) -> Plan[list[int]]:
    """Papers of a conference with this name among their authors (as a phrase, in order)."""
    name_words = tuple(words(name[:MAX_QUERY_CHARS]))
    if not name_words:
        return []
    return (yield from ask(ByAuthor(conference_id, name_words, limit)))


async def search(db: AsyncSession, conference_id: int, query: str, limit: int = 10) -> list[Hit]:
    """`search_plan` as one read of its own."""
    return await run_plan(db, search_plan(conference_id, query, limit))


async def corrections(db: AsyncSession, conference_id: int, word: str) -> list[str]:
    """`corrections_plan` as one read of its own."""
    return await run_plan(db, corrections_plan(conference_id, word))
