"""A block of short talks (a lightning-talk slot) found by the words of one of the talks its
description lists: the block is where that talk is given, but it is not what the block is
about, so the answer says which of its talks has the words."""

from __future__ import annotations

from bot.chat.retrieval import MIN_PREFIX, STOP, key
from bot.domain.records import SessionView
from bot.domain.text import words

LISTED = 3
"""Talks a description lists, each as "title — speaker", for its session to be a block."""
SPEAKER_WORDS = 5
"""At most this many words name a listed talk's speaker: a longer run is prose, not a list."""
TALK_MARK, NEXT_MARK = " — ", " - "
"""How an imported block's description lists its talks: "title — speaker - title — …"."""


def talks_within(session: SessionView, query: str) -> list[str]:
    """The talks listed in the session's description that have every word of `query` (each
    word, or its start, in theirs), when the session's title has none of them; empty
    otherwise, or when the description lists no block of talks."""
    wanted = {
        term for word in words(query) if word not in STOP and len(term := key(word)) >= MIN_PREFIX
    }
    listed = _listed(session.description)
    if not wanted or len(listed) < LISTED or _holds(session.title, wanted, every=False):
        return []
    return [talk for talk in listed if _holds(talk, wanted, every=True)]


def _listed(description: str) -> list[str]:
    """Each talk of the list, as "title — speaker"; empty when the text is no such list."""
    parts = description.split(TALK_MARK)
    titles = [parts[0].rpartition(NEXT_MARK)[2]]
    speakers: list[str] = []
    for part in parts[1:]:
        speaker, _, title = part.partition(NEXT_MARK)
        if len(words(speaker)) > SPEAKER_WORDS:
            return []
        speakers.append(speaker.strip())
        titles.append(title.strip())
    return [
        f"{title}{TALK_MARK}{speaker}" for title, speaker in zip(titles[:-1], speakers, strict=True)
    ]


def _holds(text: str, wanted: set[str], *, every: bool) -> bool:
    """Whether the text has every (or any) wanted word, or a word one of them starts or that
    starts one ('computing' for 'computers')."""
    held = [key(word) for word in words(text)]
    found = [
        any(
            word.startswith(term) or term.startswith(word)
            for word in held
            if len(word) >= MIN_PREFIX
        )
        for term in wanted
    ]
    return all(found) if every else any(found)
