"""A paper inside a block shown, named by a follow-up: 'what's on in the main hall' answers
with an oral block, and 'the tree structures one, what time?' asks the fact of that one
paper, its own slot inside the block, not the block's hour."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.facets import Asked
from bot.domain.records import ConferenceView
from bot.domain.text import stem, words
from bot.programme import service as programme


def _stems(text: str) -> set[str]:
    return {stem(word) for word in words(text)}


async def paper_within(db: AsyncSession, conf: ConferenceView, asked: Asked) -> Asked:
    """The fact asked of the one paper of the blocks shown whose title has every word the
    follow-up names, when no session shown has them in its own title; else as asked."""
    said = {stem(word) for word in asked.named}
    if not said or any(said <= _stems(session.title) for session in asked.sessions):
        return asked
    named: set[str] = set()
    for session in asked.sessions:
        listed = await programme.session_detail(db, conf, session.slug)
        named |= {paper.slug for paper in listed.papers if said <= _stems(paper.title)}
    if len(named) != 1:
        return asked
    return replace(asked, sessions=(), papers=tuple(named))
