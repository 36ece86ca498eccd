"""Whether a question asks for papers like one it points at ('more like this' under a paper
card) or for what its own words describe ('quantum sensors in orbit, any physics talk like
that?'): with no paper shown to point at, words before 'like that' say what is meant, and the
question is read as any other. The answer, papers like the one meant, is here too."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.reply import Reply
from bot.domain.records import ConferenceView
from bot.domain.text import words
from bot.papers import answers as papers
from bot.papers.like import LIKE, asked_like

DESCRIBING = 2
"""Words before 'like that', none of them filler, that describe what the asker has in mind:
'cool, any more like this' describes nothing, 'satellites and clocks, a talk like that' does."""


def likeness_asked(folded: str, context: Subject | None) -> str | None:
    """What the question asks papers like ('' for the paper shown), or None when it asks for
    something else: not a likeness at all, or one pointing at nothing shown whose words before
    the pointing describe the thing wanted."""
    like = asked_like(folded)
    if like != "" or (context is not None and context.papers):
        return like
    pointing = LIKE.search(folded)
    before = folded[: pointing.start()] if pointing else ""
    filler = reader().filler
    described = [word for word in words(before) if word not in filler and len(word) > 2]
    return None if len(described) >= DESCRIBING else like


async def papers_like_reply(
    db: AsyncSession, conf: ConferenceView, named: str, context: Subject | None
) -> Reply:
    """Papers like the one named, or like the paper the answer replied to showed ('more like
    this' under a paper card): taken from the bot's own answer, never from user text."""
    shown = context.papers[0] if context and context.papers else None
    if not named and shown is None:
        return Reply(content=LIKE_WHAT)
    embed = await papers.papers_like(db, conf, named or shown or "")
    return Reply(embed, subject=Subject(papers=(shown,) if shown and not named else ()))


LIKE_WHAT = (
    "Like which paper? Name it (“papers like the … one”), or reply to a paper card with "
    "“more like this”."
)
