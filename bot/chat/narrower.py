"""A narrower subject within a topic: the topic's name with a word said beside it ('image
compression' within compression), found in the papers that say the two together."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.catalogue import reader
from bot.chat.intent import Intent
from bot.chat.meaning import meanings
from bot.chat.service import Known
from bot.domain.records import ConferenceView, PaperRef, PaperView, TopicMatch
from bot.domain.text import fold, words

LISTED = 10
"""The most papers of a narrower subject listed."""


async def narrower_papers(
    db: AsyncSession, conf: ConferenceView, known: Known, asked: Intent
) -> TopicMatch | None:
    """The papers of a narrower subject named by a word beside the topic's name ('image
    compression' within compression): those whose title, topics or keywords say the two
    together. The rest of the topic is not what is asked; None when no paper says them so,
    and never for one of the topic's own names ('self-attention' of attention)."""
    if not asked.keys or not known.has_papers or asked.group is not None:
        return None
    said = words(fold(asked.in_english or asked.query))  # the topic's own reading keeps no other
    own = labels(known, asked.keys[0])
    # 'self-attention' is the topic attention by another name
    phrases = [phrase for phrase in _beside(said, words(fold(asked.keys[0]))) if phrase not in own]
    if not phrases:  # most topics are asked by their name alone: no paper is read
        return None
    read = await meanings(db, conf, known)
    items = [item for item in read.papers.items if isinstance(item, PaperView)]
    for phrase in phrases:
        on = [paper for paper in items if says(paper, phrase)]
        if on:
            refs = tuple(PaperRef(p.slug, p.title, p.kind, p.award) for p in on[:LISTED])
            more = len(on) - len(refs)
            return TopicMatch(phrase, (phrase,), (), refs, more)
    return None


def _beside(said: list[str], name: list[str]) -> list[str]:
    """The topic's name with the word said just before it, and with the one just after;
    a filler word ('with attention') narrows nothing."""
    found: list[str] = []
    filler = reader().filler
    for at in range(len(said) - len(name) + 1):
        if said[at : at + len(name)] != name:
            continue
        found += (
            [" ".join(said[at - 1 : at + len(name)])] if at and said[at - 1] not in filler else []
        )
        end = at + len(name)
        found += (
            [" ".join(said[at : end + 1])] if end < len(said) and said[end] not in filler else []
        )
    return found


def says(paper: PaperView, phrase: str) -> bool:
    """Whether a paper's topics or keywords are `phrase`, or its title says it."""
    tagged = {" ".join(words(fold(label))) for label in (*paper.topics, *paper.keywords)}
    return phrase in tagged or f" {phrase} " in f" {' '.join(words(fold(paper.title)))} "


def labels(known: Known, name: str) -> set[str]:
    """Every name of a topic, its words folded and spaced as a question's are."""
    return {
        " ".join(words(fold(label))) for t in known.topics if t.name == name for label in t.labels
    }
