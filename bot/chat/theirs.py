"""Answers about one person: their sessions and papers, found under either spelling of their
name, kept apart from the rest of the answers because a person is looked up in both the
programme and the papers."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import moments, render, timely
from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.facets import Facet, facets_in
from bot.chat.intent import Intent
from bot.chat.meaning import held_papers
from bot.chat.people import in_title, namesakes_of, same, titled
from bot.chat.reading import Asks
from bot.chat.render import Shown
from bot.chat.service import Known, narrowed
from bot.chat.shown import sessions_shown
from bot.clock import Clock
from bot.domain.errors import NotFound
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.text import words
from bot.i18n.formats import list_of
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.papers.relevance import covered
from bot.papers.service import Held


async def person(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """Everything of the one person a question names: their sessions on the day, part and
    kind asked (the kind only when it leaves some), their papers, or the one paper the other
    words pick out; namesakes are listed beside them, so a shared surname hides nobody."""
    name, *namesakes = namesakes_of(asked.keys)
    names = [name, *namesakes]
    theirs = [
        s
        for s in known.sessions
        if any(p in names for p, _ in s.people) or (not s.people and in_title(s.title, names))
    ]
    day = moments.day(conf, clock, asked)
    # "Dwork's talk" says talk, but hers is a keynote: the kind narrows only when it can.
    sessions = narrowed(theirs, conf, day=day, part=asked.part, group=asked.group) or narrowed(
        theirs, conf, day=day, part=asked.part
    )
    if sessions and Asks.WHO in asked.asks and _set_aside(asked.in_english or asked.question, name):
        # 'who else is on it besides kling': the others are on their session's card
        return await sessions_shown(db, conf, sessions, asked.language, people=True)
    if _over_or_to_come(sessions, clock, asked):  # 'is this still goodfellow?': what is on
        rooms = tuple(dict.fromkeys(s.room for s in sessions if s.room))
        return timely.on_at(conf, known.in_rooms(rooms), clock.now(), asked, rooms=rooms)
    held = held_papers(known)
    written = [] if asked.group and sessions else await written_by(db, conf, name, held)
    if asked.group in PRESENTED:  # 'which of his papers is an oral': those presented so
        written = [p for p in written if p.kind in kinds_of(asked.group)] or written
    written = together(written, [key for key in asked.keys if key not in names]) or written
    one = titled(written, asked.query) or _linked(written, sessions, asked)
    one = one or _on(written, sessions, asked)
    if one is not None and len(written) > 1 and _besides(asked.question):
        written = [paper for paper in written if paper.slug != one]
        one = None
    if one is None and not sessions and _in_passing(name, written, asked, known):
        guesses = [paper.title for paper in written[:GUESSES]]
        return render.nothing_embed(conf, asked.echo or asked.query, guesses, asked.language), (
            Subject()
        )
    if one is not None:  # 'bahdanau systematic generalisation poster nr': that paper
        return await papers.paper(db, conf, one, asked.language, held), Subject(papers=(one,))
    # 'what is X talking about', 'link to X's keynote page': the one session's card says it
    card = Asks.SUMMARY in asked.asks or Facet.LINKS in facets_in(words(asked.in_english))
    if card and len(sessions) == 1 and not written:
        return await sessions_shown(db, conf, sessions, asked.language)
    subject = Subject(
        sessions=tuple(s.slug for s in sessions),
        papers=tuple(paper.slug for paper in written),
        people=(name,),
    )
    lacking = _kind_lacking(theirs, conf, asked.group)
    shown = render.person_embed(
        conf, name, sessions, written, asked.language, namesakes=namesakes, lacking=lacking
    )
    return shown, subject


def _kind_lacking(
    theirs: list[SessionView], conf: ConferenceView, group: Group | None
) -> Group | None:
    """The kind of session asked of someone who has none of it ('is lecun giving a keynote'
    of an author with papers only): the card says so before what they do have, or it would
    read as a yes."""
    if group is None or group in PRESENTED or group is Group.EVERYTHING:
        return None
    return None if narrowed(theirs, conf, group=group) else group


PRESENTED = frozenset({Group.ORAL, Group.POSTER})
"""The kinds a paper is presented as."""
GUESSES = 3
TELLING = 2
"""Telling words beside a surname alone that make the surname a word in passing."""
COMMON = 0.05
"""A word in more than this share of papers says nothing of a subject: in the titles and
keywords of a conference of 658 papers, 'deep' is in 27%, 'learning' in 57%, 'em' in 7%,
'prediction' in 3% and 'market' in none."""
LONG = 4
"""Shorter words are too often slang or short forms ('em', 'ml') to tell a subject."""


STILL = "still"
"""The word asking whether what someone gives is on yet ('is it still goodfellow')."""


def _over_or_to_come(sessions: list[SessionView], clock: Clock, asked: Intent) -> bool:
    """Whether a question asks if someone is still on at this moment ('sneaking in, is this
    still goodfellow or already the orals?') while none of their sessions runs now: what runs
    then in their room answers it, not their card."""
    if not asked.now or STILL not in words(asked.question) or not sessions:
        return False
    return not moments.on_now(sessions, clock.now()) and any(s.room for s in sessions)


def _in_passing(name: str, written: list[PaperView], asked: Intent, known: Known) -> bool:
    """Whether a surname typed alone is only a word of a question about something else ('ml
    for stock market prediction, any posters?' is not about Pierre Stock): at least `TELLING`
    of its other words are telling (long, and in few papers or none), and none of those is a
    word of theirs."""
    said = words(asked.question)
    named = words(name)
    spelling = known.spelling
    if not written or spelling is None or named[0] in said:
        return False
    common = COMMON * known.papers
    telling = [
        word
        for word in words(asked.query)
        if word not in named and len(word) >= LONG and spelling.papers_with(word) <= common
    ]
    return len(telling) >= TELLING and not any(covered(telling, paper) for paper in written)


def together(written: list[PaperView], others: list[str]) -> list[PaperView]:
    """The papers the other people named wrote too ('frankle & carbin's paper')."""
    if not others:
        return []
    return [paper for paper in written if all(other in paper.authors for other in others)]


def _linked(written: list[PaperView], sessions: list[SessionView], asked: Intent) -> str | None:
    """The one paper of someone with no session, when a link or its place is asked
    ('openreview page of frankle & carbin's paper?', "tramer's paper, board number?"): its
    card holds the links and the board."""
    said = words(asked.question)
    asked_for = {Facet.LINKS, Facet.CODE} | ({Facet.WHERE} if set(said) & PAPER_WORDS else set())
    links = asked_for & set(facets_in(said))
    return written[0].slug if links and len(written) == 1 and not sessions else None


PAPER_WORDS = frozenset({"paper", "papers", "poster", "posters", "board"})
"""A place asked beside one of these is the paper's ('where did I park' is not Park's)."""


BESIDES = (
    *("besides", "except", "excluding", "beyond"),
    *("apart from", "aside from", "other than", "not counting"),
)
"""Words setting a paper aside: 'what has she got besides the pruning one' asks for the rest
of theirs, so the paper its words pick out is the one left out, not the answer."""


def _besides(question: str) -> bool:
    said = f" {' '.join(words(question))} "
    return any(f" {phrase} " in said for phrase in BESIDES)


def _set_aside(question: str, name: str) -> bool:
    """Whether the person is the one set aside ('who besides kling'), not something of
    theirs ('is clune presenting anything apart from that')."""
    said = f" {' '.join(words(question))} "
    return any(f" {phrase} {part} " in said for phrase in BESIDES for part in words(name))


SUBJECT = 2
"""Words of a paper's subject that, beside its author's name, pick out their one paper."""


def _on(written: list[PaperView], sessions: list[SessionView], asked: Intent) -> str | None:
    """Someone's one paper the question names the subject of ('the gepperth catastrophic
    forgetting poster, board number?', "grosse's weight decay poster, what number"): of
    theirs, the one holding the most of its other words, at least `SUBJECT`, more than any
    other of theirs; its card tells the board and the rest."""
    if not written or sessions:
        return None
    named = {word for paper in written for author in paper.authors for word in words(author)}
    named |= reader().filler  # 'which papers is she on' names no subject
    said = [word for word in words(asked.question) if word not in named and len(word) >= LONG]
    held = sorted(((covered(said, paper), paper.slug) for paper in written), reverse=True)
    most, slug = held[0]
    second = held[1][0] if len(held) > 1 else 0
    return slug if most >= SUBJECT and most > second else None


async def written_by(
    db: AsyncSession, conf: ConferenceView, name: str, held: Held | None = None
) -> list[PaperView]:
    """A person's papers, under their name as written and as other papers spell it ('Josh
    Tenenbaum' is the "Joshua B Tenenbaum" of the papers; the programme's 'Zachary C. Lipton'
    is the paper list's 'Zachary Lipton'); `held`: the conference's papers, if chat holds
    them."""
    names = (name, words(name)[-1])
    written, spelt = await paper_service.by_authors(db, conf, names, held)
    slugs = {paper.slug for paper in written}
    return written + [p for p in spelt if p.slug not in slugs and same(name, p)]


async def also_written(db: AsyncSession, conf: ConferenceView, asked: Intent) -> Shown:
    """The other papers of the authors of the paper shown: those at least two of them wrote
    together (the one author of a paper alone), most of them first; of the kind asked, or
    on the subject the reply names, when some are."""
    shown = await paper_service.by_slug(db, conf, asked.keys[0])
    if shown is None:
        raise NotFound("paper", asked.keys[0])
    authors = set(shown.authors)
    found: dict[str, PaperView] = {}
    for author in shown.authors:
        found |= {paper.slug: paper for paper in await written_by(db, conf, author)}
    found.pop(shown.slug, None)
    least = min(TOGETHER, len(authors))
    others = sorted(
        (paper for paper in found.values() if len(authors & set(paper.authors)) >= least),
        key=lambda paper: (-len(authors & set(paper.authors)), paper.title),
    )
    kind = asked.group.value if asked.group else None
    others = [paper for paper in others if paper.kind == kind] or others
    said = words(asked.query)
    others = [paper for paper in others if said and covered(said, paper)] or others
    shared = [a for a in shown.authors if any(a in paper.authors for paper in others)]
    name = list_of(shared or list(shown.authors), asked.language)
    embed = render.person_embed(conf, name, [], others, asked.language)
    return embed, Subject(papers=tuple(paper.slug for paper in others[:1]))


TOGETHER = 2
"""Authors of the paper shown that another paper must share to count as theirs too."""
