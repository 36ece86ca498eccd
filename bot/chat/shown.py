"""How chat shows what it found: one session in full or several as a list, and talks or
papers offered as "did you mean", never shown as the answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.aliases import renamed_words
from bot.chat.blocks import talks_within
from bot.chat.context import Subject
from bot.chat.guesses import GUESSES
from bot.chat.indexed import Item
from bot.chat.intent import Intent
from bot.chat.meaning import LEADING, OFFERED, meanings
from bot.chat.render import Shown
from bot.chat.retrieval import MIN_PREFIX, STOP, Hit, key
from bot.chat.service import Known
from bot.domain.records import ConferenceView, PaperView, SessionView
from bot.domain.text import words
from bot.i18n.catalogues import Domain, translate
from bot.i18n.languages import Language
from bot.papers.service import Found
from bot.programme import answers as programme


async def sessions_shown(
    db: AsyncSession,
    conf: ConferenceView,
    sessions: list[SessionView],
    language: Language,
    *,
    people: bool = False,
) -> Shown:
    """One session in full, several as a list (`people`: each with its speakers)."""
    subject = Subject(sessions=tuple(session.slug for session in sessions))
    if len(sessions) == 1:  # 'the subscale pixel one, who wrote it' asks of a paper listed
        shown, listed = await programme.session_listing(db, conf, sessions[0].slug, language)
        return shown, replace(subject, papers=listed)
    heading = translate(language, "sessions", domain=Domain.CHAT)
    return render.sessions_embed(conf, heading, sessions, "", language, people=people), subject


async def mentions_shown(
    db: AsyncSession,
    conf: ConferenceView,
    sessions: list[SessionView],
    asked: Intent,
    *,
    people: bool,
) -> Shown:
    """Talks whose descriptions have the words, as `sessions_shown` shows them; a block of
    short talks found by one talk of its list opens by saying that no session is about the
    words as a whole, and which of its talks has them: an attendee asking for a talk on them
    is told it is a few minutes within the block, not the block's subject."""
    shown, subject = await sessions_shown(db, conf, sessions, asked.language, people=people)
    within = talks_within(sessions[0], asked.query) if len(sessions) == 1 else []
    if within:
        opening = translate(
            asked.language,
            "No session is about this as a whole; it is one of the short talks of this block: "
            "{talks}.",
            domain=Domain.CHAT,
            talks="; ".join(f"“{talk}”" for talk in within),
        )
        shown.description = f"{opening}\n\n{shown.description or ''}".rstrip()
    return shown, subject


FEW_NAMED = 3
"""Up to this many talks named by a question's words are listed each with its speakers: so
few are told apart by who gives them as much as by their titles."""


def few_named(sessions: list[SessionView]) -> bool:
    """Whether talks a question names are few enough to list with their speakers."""
    return len(sessions) <= FEW_NAMED


def with_mentions(
    whole: list[SessionView], named: list[SessionView], day: date | None, asked: Intent
) -> list[SessionView]:
    """The talks a question's words name; on a day asked, with the few more whose descriptions
    mention them all ('the onion routing talks on monday'): the day has narrowed them already,
    and a talk about a thing need not have it in its title. When more mention them than are
    few, those whose descriptions come back to the words again and again ('Klimawandel' in a
    German talk on global warming, asked for climate talks): a passing mention is not what a
    talk is about."""
    if not named or day is None:
        return named
    if len(whole) > FEW_NAMED:
        whole = [*named, *(s for s in whole if s not in named and _about(s, asked.query))]
    if len(whole) > FEW_NAMED:
        return named
    return sorted(whole, key=lambda session: session not in named)


REPEATED = 3
"""How many times a description names what is asked for its talk to be about it."""


def _about(session: SessionView, query: str) -> bool:
    """Whether the description names the words of `query`, or the other names the catalogue
    gives them, at least `REPEATED` times, each also at the beginning of a longer word."""
    said = {key(word) for word in words(f"{query} {renamed_words(query)}") if word not in STOP}
    said = {term for term in said if len(term) >= MIN_PREFIX}
    told = [key(word) for word in words(session.description)]
    return sum(1 for word in told if any(word.startswith(term) for term in said)) >= REPEATED


def guesses_shown(
    conf: ConferenceView, said: str, guessed: list[SessionView], language: Language
) -> Shown:
    """Talks that have some of the words, offered, never shown as the answer; a reply to
    the offer is about what was offered."""
    return _offered(conf, said, [(s, s.title) for s in guessed], language)


async def offers(
    db: AsyncSession,
    conf: ConferenceView,
    known: Known,
    guessed: list[SessionView],
    question: str,
    said: str,
    language: Language,
    hits: list[Hit],
    typed: str = "",
    least: float = LEADING,
) -> Shown | None:
    """Talks that have some of the words and talks and papers closest to what `question`
    means, offered as "did you mean" (the best word match first, then the one a description
    in the words `typed` finds far ahead of the rest, then those it finds first, then the
    closest in meaning, at most `OFFERED`), never
    shown as the answer; None when there is nothing to offer."""
    found = await meanings(db, conf, known) if question else None
    rows = found.nearest(question) if found else []
    near: list[tuple[Item | None, str]] = [(s, s.title) for s in guessed[:1]]
    # Offered first though none of its words is rare: the asker's words are their own
    # ('behaviours' for a paper's "skills"), and it stands out of the rest.
    out = found.standing_out(question, typed) if found else None
    near += [(out, out.title)] if out else []
    near += [(item, item.title) for item in found.leading(question, typed, least)] if found else []
    near += [(item, item.title) for item in found.translated(typed)] if found else []
    near += [(found.sessions[row], found.titles[row]) for row in rows] if found else []
    near += [(s, s.title) for s in found.agreed(question, hits)] if found else []
    near += [(s, s.title) for s in guessed[1:]]
    firsts = dict.fromkeys(title for _, title in near)
    by_title = {title: item for item, title in near[::-1]}
    chosen = [(by_title[title], title) for title in firsts][:OFFERED]
    return _offered(conf, said, chosen, language) if chosen else None


def papers_offered(
    conf: ConferenceView, asked: Intent, found: Found, before: Sequence[Item] = ()
) -> Shown:
    """The closest papers as "did you mean", after the items a description finds `before`
    them; a reply asks its facts of what was offered."""
    close = list(dict.fromkeys([*before, *found.papers]))[:GUESSES]
    said = asked.echo or asked.query
    return _offered(conf, said, [(item, item.title) for item in close], asked.language)


def _offered(
    conf: ConferenceView, said: str, chosen: Sequence[tuple[Item | None, str]], language: Language
) -> Shown:
    """Items offered as "did you mean" under what was said: a talk with its time and room, a
    paper by its title; a reply to the offer asks its facts of what was offered."""
    lines = [
        render.guess_line(item, conf.zone, language) if isinstance(item, SessionView) else title
        for item, title in chosen
    ]
    subject = Subject(
        sessions=tuple(item.slug for item, _ in chosen if isinstance(item, SessionView)),
        papers=tuple(item.slug for item, _ in chosen if isinstance(item, PaperView)),
    )
    return render.nothing_embed(conf, said, lines, language), subject
