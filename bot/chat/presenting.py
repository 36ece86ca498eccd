"""The one paper presented at a moment inside a block of talks: an oral block runs for an
hour, while each paper in it has its own quarter hour, so 'whose oral is on right now'
is answered by that paper, not only by the block's name."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat.context import Subject
from bot.chat.intent import Intent
from bot.chat.meaning import meanings
from bot.chat.render import Shown
from bot.chat.service import Known
from bot.domain.records import ConferenceView, PaperView
from bot.i18n.languages import Language
from bot.papers import answers as papers
from bot.papers import service as paper_service
from bot.papers.render import own_slot_line
from bot.programme import answers as programme


def _on_at(paper: PaperView, moment: datetime, shown: tuple[str, ...]) -> bool:
    """Whether a paper's own slot holds the moment, inside one of the sessions shown."""
    start, end = paper.starts_at, paper.ends_at
    held = start is not None and end is not None and start <= moment < end
    return held and any(session.slug in shown for session in paper.sessions)


async def presenting(
    db: AsyncSession,
    conf: ConferenceView,
    known: Known,
    shown: Shown,
    moment: datetime,
    language: Language,
) -> Shown:
    """An answer about a moment with the one paper presented then in a session it shows on,
    its authors and its own slot, kept as what the answer was about: a reply asking for the
    names on it means that paper's authors, not the block's (it lists none)."""
    embed, subject = shown
    if not known.has_papers or not subject.now_next:
        return shown
    read = await meanings(db, conf, known)
    items = read.papers.items
    on = [p for p in items if isinstance(p, PaperView) and _on_at(p, moment, subject.now_next)]
    if len(on) != 1:
        return shown
    (paper,) = on
    session = next(s for s in paper.sessions if s.slug in subject.now_next)
    slot = own_slot_line(session, paper, conf.zone, language)
    lines = [", ".join(paper.authors), *([slot] if slot else [])]
    embed.add_field(name=paper.title[:256], value="\n".join(lines)[:1024], inline=False)
    return embed, replace(subject, papers=(paper.slug,))


async def its_session(db: AsyncSession, conf: ConferenceView, asked: Intent) -> Shown:
    """The session the paper asked of is presented in, in full with the papers beside it
    ('what else is in that block?'); one of the paper's own kind first (its oral block, not
    the poster session it also hangs in). A paper no session holds is shown again."""
    slug = asked.keys[0]
    paper = await paper_service.by_slug(db, conf, slug)
    held = sorted(paper.sessions, key=lambda s: s.kind != paper.kind) if paper else []
    if not held:
        return await papers.paper(db, conf, slug, asked.language), Subject(papers=(slug,))
    shown, listed = await programme.session_listing(db, conf, held[0].slug, asked.language)
    return shown, Subject(sessions=(held[0].slug,), papers=listed)
