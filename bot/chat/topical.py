"""A question answered with a topic: the sessions and papers on one the question names, or on
one it asks about in words of its own (`bot.chat.themes`)."""

from __future__ import annotations

import math
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import moments, render
from bot.chat.aliases import without_links
from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.described import Candidate, shown
from bot.chat.facets import fact_words
from bot.chat.guesses import MEANT, unheld, whole_words
from bot.chat.indexed import Item
from bot.chat.intent import Intent
from bot.chat.labs import named_lab
from bot.chat.meaning import LEADING, held_papers, meanings, papers_found
from bot.chat.narrower import labels, narrower_papers, says
from bot.chat.reading import Asks
from bot.chat.render import Shown
from bot.chat.scope import counted
from bot.chat.service import Known, narrowed
from bot.chat.shown import guesses_shown, sessions_shown
from bot.chat.themes import everyday, narrowing, trusted
from bot.clock import Clock
from bot.domain.records import ConferenceView, PaperRef, PaperView, SessionView, TopicMatch
from bot.domain.text import fold, words
from bot.i18n.catalogues import Domain, translate_plural
from bot.i18n.languages import Language
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.papers.relevance import holds
from bot.papers.service import Found
from bot.programme import render as programme_render

TOPIC_PAPERS = 10
"""Papers that have the words of a topic nobody tagged a paper with, listed under it."""
MANY = "papers"
"""The word asking for several papers, not one."""


async def topic(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown:
    """Sessions and papers on a topic, of the kind asked when there are any ('the climate
    talk' is a keynote)."""
    found = await narrower_papers(db, conf, known, asked) or await _with_akin(
        db, conf, known, asked
    )
    if not found.papers and asked.query and asked.group is None:
        written = await paper_service.search_papers(
            db, conf, asked.query, TOPIC_PAPERS, known.spelling
        )
        refs = tuple(PaperRef(p.slug, p.title, p.kind, p.award) for p in written)
        found = replace(found, papers=refs)
    if asked.day:  # 'art & beauty track on the final day' (a part alone names no day)
        day = moments.day(conf, clock, asked)
        on = narrowed(list(found.sessions), conf, day=day, part=asked.part)
        on = [s for s in on if _within(s, conf, asked)]  # 'sunday 2-4pm': its hours
        found = replace(found, sessions=tuple(on), papers=())
    described_there = await _described_in(db, conf, known, asked, found.sessions)
    if described_there is not None:  # 'tiny ocean algae near the pole, science track?'
        return described_there
    people = _the_one_on_stage(list(found.sessions), conf, asked)
    if people is not None:  # 'who sat on the panel about priors': that panel and its people
        return await sessions_shown(db, conf, [people], asked.language)
    if len(found.sessions) == 1 and not found.papers and asked.group is not None:
        # 'the limited data workshop, till when': the one session of the kind asked, in full
        return await sessions_shown(db, conf, list(found.sessions), asked.language)
    if not found.sessions and len(found.papers) == 1 and not asked.unheld:
        slug = found.papers[0].slug
        card = await papers.paper(db, conf, slug, asked.language, held_papers(known))
        return card, Subject(papers=(slug,))
    subject = Subject(
        sessions=tuple(s.slug for s in found.sessions),
        papers=tuple(paper.slug for paper in found.papers),
        topics=asked.keys[:1],
        group=asked.group,
    )
    shown = programme_render.topic_embed(conf, found, asked.language)
    shown.title = counted(shown.title or "", list(found.sessions), asked)  # 'how many ...'
    said = [word for word in asked.unheld if len(word) > 1]  # 'hardware-y': 'y' names nothing
    if not said and not shown.description:
        shown.description = _topic_lead(found, asked.language)
    if said:  # 'nlp for court rulings': the topic named is the closest, no answer
        closest = render.closest_topic(conf, " ".join(said), asked.language)
        shown.description = f"{closest}\n\n{shown.description or ''}".strip()
    return shown, subject


async def _with_akin(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent
) -> TopicMatch:
    """The topic asked, with the types of event the catalogue says are one thing with it:
    'bands tonight' are the acts filed as a band and those filed as a concert, since which
    word an organiser chose tells the attendee nothing."""
    found = await known.on_topic(db, conf, asked.keys[0], asked.group)
    own = fold(asked.keys[0])
    akin = {word for group in reader().akin if own in group for word in group} - {own}
    for topic in (topic for topic in known.topics if fold(topic.name) in akin):
        more = await known.on_topic(db, conf, topic.name, asked.group)
        sessions = dict.fromkeys((*found.sessions, *more.sessions))
        found = replace(
            found,
            topics=tuple(dict.fromkeys((*found.topics, *more.topics))),
            sessions=tuple(sorted(sessions, key=_start)),
        )
    return found


def _start(session: SessionView) -> float:
    return session.starts_at.timestamp() if session.starts_at else math.inf


def _topic_lead(found: TopicMatch, language: Language) -> str:
    """How many sessions and papers a topic holds, said in whole sentences, for a reader of
    another language, who expects a sentence before a card of labels; English cards open as
    they always have."""
    if language is Language.ENGLISH:
        return ""
    lead = [render.count_lead(len(found.sessions), language)] if found.sessions else []
    papers = len(found.papers) + found.more_papers
    if papers:
        lead.append(
            translate_plural(
                language,
                "{count} paper is about it.",
                "{count} papers are about it.",
                papers,
                domain=Domain.CHAT,
            )
        )
    return ("" if language is Language.CHINESE else " ").join(lead)  # 句号 ends a sentence


async def _described_in(
    db: AsyncSession,
    conf: ConferenceView,
    known: Known,
    asked: Intent,
    sessions: tuple[SessionView, ...],
) -> Shown | None:
    """The talks of the topic that the question's other words describe, offered as "did you
    mean" rather than the whole topic listed: 'tiny ocean algae near the north pole, science
    track maybe?' is one talk of the science track, which the track's list would bury; when
    the words describe none of its talks, the talk they describe first, of whatever topic the
    programme files it under ('people who can't see in 3d, a citizen science project' is a
    lightning talk of no track). Only for a topic asked at no time, since then the programme
    is asked for; the topic's own words describe every talk of it, so they tell none
    ('reinforcement learning for beekeeping drones' leaves the topic the closest)."""
    named = _naming(known, asked)
    rest = " ".join(word for word in words(asked.query) if word not in named)
    if not rest or not asked.in_english or _timed(asked) or len(sessions) < 2:
        return None
    read = await meanings(db, conf, known)
    slugs = {session.slug for session in sessions}
    led = read.leading(asked.in_english, rest)
    talks = [item for item in led if isinstance(item, SessionView)]
    there = [talk for talk in talks if talk.slug in slugs] or talks[:1]
    return guesses_shown(conf, asked.echo or asked.query, there, asked.language) if there else None


def _naming(known: Known, asked: Intent) -> set[str]:
    """The words naming the topic asked: its name's, and those of the other name the question
    used ('adversarial examples' of adversarial robustness), which describe no talk of it."""
    if not asked.keys:
        return set()
    said = f" {' '.join(words(asked.query))} "
    used = [label for label in labels(known, asked.keys[0]) if f" {label} " in said]
    return {*words(fold(asked.keys[0])), *(word for label in used for word in label.split())}


def _within(session: SessionView, conf: ConferenceView, asked: Intent) -> bool:
    """Whether a session starts in the stretch of hours asked, if one was."""
    if asked.at is None or asked.until is None or session.starts_at is None:
        return True
    return asked.at <= session.starts_at.astimezone(conf.zone).time() < asked.until


def _the_one_on_stage(
    sessions: list[SessionView], conf: ConferenceView, asked: Intent
) -> SessionView | None:
    """The one session of the kind asked on the topic, when the question asks who is in it: a
    list of the topic's sessions and papers would leave the people unsaid."""
    if Asks.WHO not in asked.asks or asked.group is None:
        return None
    of_kind = narrowed(sessions, conf, group=asked.group)
    return of_kind[0] if len(of_kind) == 1 else None


async def described(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent
) -> Shown | None:
    """The talk or paper a question describes in words of its own ('the freiburg automl folks
    had something on rna sequences', 'pacemaker / heart implant security stuff'), in full,
    or the few that stand out together as a list (`bot.chat.described`); None else, and None
    when the question has a word no paper holds while the paper's other words are common
    ('predicting earthquakes w/ deep nets'). A lab named alone ('naver (clova ai) a présenté
    quoi') is read from the words in any language; a description's meaning from the
    question in English, as typed or as its language's catalogue reads it."""
    if not asked.in_english:
        return None
    read = await meanings(db, conf, known)
    # 'the keynote on how ml gets misused in society' asks for a session of that kind, not
    # the papers of a lab whose name has a word of its subject ("… Systems and Society")
    alone = known.has_papers and asked.group is None
    lab = named_lab(known, read.papers.lab_alone(asked.query), asked.query) if alone else None
    if lab is not None:  # 'borealis ai work at iclr?'
        written = await paper_service.in_full(db, conf, list(lab.paper_ids), held_papers(known))
        theirs = render.person_embed(conf, lab.name, [], written, asked.language)
        return theirs, Subject(papers=tuple(paper.slug for paper in written[:1]))
    found = read.described(asked.in_english, asked.query, timed=_timed(asked))
    meant = shown(found, agreeing=STRANGER_MEANING if _strangers(asked) else 0.0)
    talks = [item for item in meant if isinstance(item, SessionView)]
    if talks:
        return await sessions_shown(db, conf, talks, asked.language)
    written = [item for item in meant if isinstance(item, PaperView)]
    if not written or unheld(without_links(asked.query), written[0], known.spelling):
        return None  # a word asking its links ('github') is none the paper need hold
    if len(written) == 1:
        slug = written[0].slug
        card = await papers.paper(db, conf, slug, asked.language, held_papers(known))
        return card, Subject(papers=(slug,))
    shown_papers = papers.paper_embed(conf, Found(written, []), asked.language)
    return shown_papers, Subject(papers=tuple(paper.slug for paper in written))


STRANGER_MEANING = 0.45
"""The least closeness in meaning of a paper shown as sure of a description, or found by some
of its words, when the question has a word the conference holds in no form ('poke'): the
share of words then counts only the rest of the question, and its meaning must agree.
Measured on every English blind set: the papers rightly shown so were 0.47 to 0.64 close;
the wrong ones ('robots that poke the environment' for a paper on adapting to changing
dynamics, 'predicting earthquakes' for one on the generalisation gap) 0.39 and 0.34."""
OUTRANKING = 4
"""The description's first items a paper its words found must be among to be shown."""
RIVALS = 2
"""Items a description finds offered before such a paper."""


async def outranking(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent, found: Found
) -> list[Item] | None:
    """The items a description ranks first, when the paper that some of the question's words
    found is none of them (None when it is, or has every word): it shares a minor part of
    what is asked ('a subset' of images to augment is not a model conditioned on any subset
    of features), so it is offered after them, never shown. Measured on every English blind
    set: the three papers found by words yet outside a description's first four were each
    a wrong answer; each paper rightly shown so was among them."""
    if not found.papers or not asked.in_english or whole_words(asked.query, found.papers[0]):
        return None
    read = await meanings(db, conf, known)
    first = read.described(asked.in_english, asked.query, timed=_timed(asked))[:OUTRANKING]
    slug = found.papers[0].slug
    own = next((c for c in first if isinstance(c.item, PaperView) and c.item.slug == slug), None)
    if not first or (own is not None and not _doubted(own, asked)):
        return None  # 'robots that poke the environment': its meaning must agree, else offered
    return [c.item for c in first if c.score >= LEADING and c is not own][:RIVALS]


async def beside(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent, talks: list[SessionView]
) -> list[SessionView]:
    """The one talk a question's words all name, with the talks a description finds beside
    it: 'anything on building qubits / quantum processors' has every word in "Let's build a
    quantum computer!", and means "Diamonds are a quantum computer's best friend" too."""
    if len(talks) != 1 or not asked.in_english:
        return talks
    if _timed(asked):
        return talks
    read = await meanings(db, conf, known)
    meant = shown(read.described(asked.in_english, asked.query))
    together = [item for item in meant if isinstance(item, SessionView)]
    named = len(together) > 1 and any(talk.slug == talks[0].slug for talk in together)
    return together if named else talks


async def within_topic(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent, found: Found
) -> Shown | None:
    """What the words beside a topic's name ask of it: the one paper they describe
    (`one_of_topic`), else the narrower subject they make with the name (`_narrower_topic`);
    None when no topic is named or neither is found."""
    if not asked.keys:
        return None
    one = await one_of_topic(db, conf, clock, known, asked)
    return one if one is not None else await _narrower_topic(db, conf, clock, known, asked, found)


async def found_paper(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent, found: Found
) -> Shown:
    """The paper found for a remark's words, or the narrower subject they name within a
    topic when that paper lacks some of them (`_narrower_topic`)."""
    narrower = await _narrower_topic(db, conf, clock, known, asked, found)
    if narrower is not None:
        return narrower
    shown = papers.paper_embed(conf, found, asked.language)
    return shown, Subject(papers=(found.papers[0].slug,))


async def _narrower_topic(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent, found: Found
) -> Shown | None:
    """The narrower subject a topic's name makes with a word beside it ('image compression
    better than jpeg' within compression), answered as the topic is, when the paper found
    lacks some of the words: one sharing a word or two ('jpeg') is not what is asked. A
    remark names its topic by saying one of its names."""
    said = f" {' '.join(words(fold(asked.query)))} "
    named = asked.keys or tuple(
        t.name for t in known.topics if any(f" {label} " in said for label in labels(known, t.name))
    )
    if not named or (found.papers and _fits(found.papers[0], asked.query, named[0], known)):
        return None
    asked = replace(asked, keys=named[:1])
    if await narrower_papers(db, conf, known, asked) is None:
        return None
    return await topic(db, conf, clock, known, asked)


def _fits(paper: PaperView, query: str, name: str, known: Known) -> bool:
    """Whether a paper found is a fair answer beside a narrower subject: it has every word
    asked, or is on the topic named ('attention' in its title), not merely sharing another
    word with the question ('jpeg' of a restoration paper)."""
    on_topic = _carries(paper, name, known) or any(says(paper, n) for n in labels(known, name))
    return whole_words(query, paper) or on_topic


async def one_of_topic(
    db: AsyncSession, conf: ConferenceView, clock: Clock, known: Known, asked: Intent
) -> Shown | None:
    """The one paper of a topic named that the question's other words describe, far ahead
    of the rest (`standing_out`): 'cnns that judge by surface texture rather than shape,
    on tuesday' asks for that paper, not every session on CNNs that day. Only when words
    beyond the topic's own are said, a paper on the topic stands out, and it is presented
    on the day asked, if one was; a question for the topic's papers ('tts papers?') keeps
    the topic, while one asking for a paper ('paper + github?') asks for one."""
    named = set(words(fold(asked.keys[0]))) if asked.keys else set()
    rest = [word for word in words(asked.query) if word not in named]
    if not rest or not asked.in_english or not known.has_papers or _asks_many(asked):
        return None
    read = await meanings(db, conf, known)
    found = read.standing_out(asked.in_english, asked.query, timed=_timed(asked))
    if not isinstance(found, PaperView) or not _carries(found, asked.keys[0], known):
        return None
    if unheld(asked.query, found, known.spelling):  # a word nothing holds: offered elsewhere
        return None
    if _lacks_meant(asked, found, known):  # 'robots that poke the environment': no probing
        return None
    day = moments.day(conf, clock, asked)
    if day is not None and found.day != day:
        return None
    card = await papers.paper(db, conf, found.slug, asked.language, held_papers(known))
    return card, Subject(papers=(found.slug,))


def _carries(paper: PaperView, name: str, known: Known) -> bool:
    """Whether a paper's topics or keywords say the topic by any of its names, alone or
    within a longer label ('Generative Adversarial Networks (GANs)')."""
    names = [
        f" {' '.join(words(label))} " for t in known.topics if t.name == name for label in t.labels
    ]
    said = [f" {' '.join(words(label))} " for label in (*paper.topics, *paper.keywords)]
    return any(named in label for named in names for label in said)


def _lacks_meant(asked: Intent, paper: PaperView, known: Known) -> bool:
    """Whether the question says in everyday words a field's term some paper holds ('poke'
    for probing, `words/en.toml`'s `[meanings]`) that `paper` holds in no form: it names a
    subject that paper is not about, though its other words fit."""
    if known.spelling is None:
        return False
    said = everyday(" ".join(asked.unheld)).values()
    terms = [words(phrase) for phrase in said]
    return any(
        any(known.spelling.papers_with(term) for term in phrase)
        and not any(holds(paper, term) for term in phrase)
        for phrase in terms
    )


def _asks_many(asked: Intent) -> bool:
    """Whether the question asks for papers, not a paper ('paper + github?'), as typed or
    as its language's catalogue reads it."""
    return MANY in words(asked.question) or MANY in words(asked.in_english)


def _strangers(asked: Intent) -> bool:
    """Whether the question has a word of some length the conference holds in no form, other
    than one asking for a link ('arxiv') or for what a paper's card shows ('which board is
    it on'), which no paper need hold. Only a word as typed counts: another language's word
    put into English by its catalogue ('oubliés' as "forgotten") is the catalogue's choice,
    not the asker's subject."""
    typed = set(words(fold(asked.question)))
    said = (set(words(without_links(asked.query))) & typed) - fact_words()
    return any(len(word) >= MEANT and word in said for word in asked.unheld)


def _doubted(candidate: Candidate, asked: Intent) -> bool:
    """Whether a paper the question's words find is too far from what it means to be shown,
    the question having a word the conference holds in no form (`STRANGER_MEANING`)."""
    return _strangers(asked) and candidate.meaning < STRANGER_MEANING


def _timed(asked: Intent) -> bool:
    return bool(asked.day or asked.part or asked.at or asked.offset or asked.now)


async def linked_paper(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent, found: Found
) -> Found | None:
    """The paper the question's other words all name, when its words asking for links
    ('forum page', 'open source') or a short form read out ('net' of "Big-Little Net" read as
    'network') kept every paper from having them all. Every word, not the papers' 60%:
    'models that read source code and write a short english description' is not a paper on
    english descriptions."""
    bare = without_links(asked.query)
    typed = as_typed(bare)
    if typed != bare:  # a title in the words as typed beats a paper having them anywhere
        named = await papers_found(db, conf, known, typed)
        if named.papers and set(words(typed)) <= set(words(fold(named.papers[0].title))):
            return named
    if not bare or bare == asked.query or (found.papers and whole_words(bare, found.papers[0])):
        return None
    named = await papers_found(db, conf, known, bare)
    return named if named.papers and whole_words(bare, named.papers[0]) else None


def as_typed(query: str) -> str:
    """`query` with the words the reader spells out put back as people shorten them: a title
    may use the short form ("Big-Little Net"), which the spelt-out word does not find."""
    shortened = {spelt: short for short, spelt in reader().short.items()}
    said = words(query)
    return " ".join(shortened.get(word, word) for word in said)


async def themed(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    known: Known,
    asked: Intent,
    found: PaperView | None = None,
) -> Shown | None:
    """The topic a question asks about in words of its own ('anything on shrinking models for
    phones?' is compression), answered as a topic when the evidence is strong; None else,
    and None when the paper `found` by some of its words is on that topic ('lossless
    compression like a neural zip' is one paper on compression, not the topic). Meaning is
    read from the question in English (another language's as its catalogue reads it), and
    only where papers carry topics and keywords."""
    if not known.has_papers or not asked.in_english:
        return None
    read = await meanings(db, conf, known)
    theme = read.theme(asked.in_english)
    if theme is not None and found is not None and theme.carried_by(found.topics + found.keywords):
        return None
    one = Asks.PAPERS not in asked.asks  # 'tts papers?' asks for the topic's, however clear
    if theme is not None and one and read.standing_out(asked.in_english, asked.query):
        return None  # 'learned codecs better than jpeg': one paper, not the topic
    name = trusted(theme)
    if name is None:
        return None
    # Own words ('a handful of examples') get the topic as the answer; a subject it lacks
    # ('federated') named beside them gets it only as the closest.
    unheld = asked.unheld if name in asked.keys else narrowing(asked.unheld)
    return await topic(
        db, conf, clock, known, replace(asked, keys=(name,), query=name, unheld=unheld)
    )
