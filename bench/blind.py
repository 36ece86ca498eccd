"""Chat on the blind question set (tests/chat/questions): how long an answer takes at the
seed's 502 papers and at the largest store, and what the meaning signal (wordllama's static
embedding, `bot.chat.meaning`) costs beside the lexical session index chat also uses.

Two one-off costs are timed apart, each as its own figure, not hidden in the answers' tail: the
first answer, which reads the conference's memory, and the meaning vectors, which the first
question that needs them (a topic in the asker's own words, an offer) waits for once per
conference revision. The answers' p50 and p99 are of every question asked after both.

Beside each answer's wall time, the processor time it used in every thread (the store's reader
included): on a machine shared with other work, waiting for a processor fills the wall time's
tail, while the processor time is what the answer itself costs.

The set's share of right answers is graded by tests/chat/test_blind_questions.py, on a store
that also holds the imported schedules; here only its ICLR questions are timed, since the
synthetic stores are ICLR-shaped.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from bench.measure import Figure, Row, Target, timed_ms
from bench.stores import BenchStore
from bot.chat.answers import answer_question
from bot.chat.meaning import asked_vector, meanings
from bot.chat.persistence import live_sessions, revision
from bot.chat.retrieval import SessionIndex
from bot.chat.service import Memory
from bot.clock import ManualClock
from bot.domain.errors import DomainError
from bot.domain.text import words
from bot.papers import meaning
from tests.chat.blind import QUESTIONS, Blind, default_moment, load_blind

SEED_P99_MS = 5.0
LARGE_P99_MS = 20.0


def _iclr() -> list[Blind]:
    return [q for q in load_blind(QUESTIONS / "tune.toml") if q.conference == "iclr2019"]


async def blind_answer_rows(bench: BenchStore, *, seed: bool) -> list[Row]:
    """The chat answer (read, decide, retrieve, render) for every ICLR question of the blind
    set, beside the first answer of each, which builds the conference's memory."""
    conf = bench.conference
    clock = ManualClock(default_moment(conf))
    memory = Memory()
    questions = _iclr()
    async with bench.store.sessions() as db:
        current = await revision(db, conf.id)

    async def ask(question: Blind) -> object:
        when = datetime.fromisoformat(question.now) if question.now else default_moment(conf)
        clock.set(when)
        async with bench.store.sessions() as db:
            try:
                return await answer_question(db, conf, clock, memory, question.ask, current)
            except DomainError as error:
                return error

    cold, _ = await timed_ms(ask, questions[0])

    # The first answer built the meaning vectors of `memory`'s conference: timed again on a
    # memory of its own, they are built, not found already made.
    async with bench.store.sessions() as db:
        apart = await Memory().known(db, conf, current)
        built, _ = await timed_ms(meanings, db, conf, apart)
    warm: list[float] = []
    used: list[float] = []
    for question in questions:
        started = time.process_time()
        wall, _ = await timed_ms(ask, question)
        warm.append(wall)
        used.append((time.process_time() - started) * 1000)
    size = f"{bench.label} ({bench.papers:,} papers)"
    return [
        Row(
            "chat",
            f"blind set: chat answer ({len(questions)} ICLR questions)",
            size,
            Figure.of(warm),
            Figure.single(cold, "ms"),
            "first answer, building the memory",
            Target(SEED_P99_MS if seed else LARGE_P99_MS, "ms"),
        ),
        Row(
            "chat",
            "blind set: meaning vectors, built once per revision for the first asker needing them",
            size,
            Figure.single(built, "ms"),
        ),
        Row(
            "chat",
            "blind set: chat answer, processor time of every thread",
            size,
            Figure.of(used),
            Figure.of(warm),
            "the same answers' wall time",
        ),
    ]


async def meaning_rows(bench: BenchStore) -> list[Row]:
    """The meaning signal as chat pays for it, beside the lexical session index it also reads:
    loading wordllama once per process; embedding a revision's talks and papers and its
    topics' names once per revision; and per question, embedding the question and comparing
    it with them for a topic and for offers."""
    conf = bench.conference
    async with bench.store.sessions() as db:
        sessions = await live_sessions(db, conf.id)
        known = await Memory().known(db, conf)  # its own: the meanings are built afresh
    asks = [q.ask for q in _iclr()]
    meaning.model.cache_clear()  # related papers may have loaded it already: time a load
    started = time.perf_counter()
    meaning.model()
    load_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    async with bench.store.sessions() as db:
        found = await meanings(db, conf, known)
    build_ms = (time.perf_counter() - started) * 1000
    index_started = time.perf_counter()
    index = SessionIndex(sessions)
    index_ms = (time.perf_counter() - index_started) * 1000

    def near(text: str) -> object:
        asked_vector.cache_clear()  # each question embedded as if asked for the first time
        return found.theme(text), found.nearest(text)

    def lexical(text: str) -> object:
        return index.search(words(text))

    per_question = [_timed_sync(near, text) for text in asks]
    per_lexical = [_timed_sync(lexical, text) for text in asks]
    size = f"{bench.label} ({bench.papers:,} papers)"
    return [
        Row("chat", "meaning signal (wordllama): load", size, Figure.single(load_ms, "ms")),
        Row(
            "chat",
            f"meaning signal: embed {len(found.titles):,} talks and papers and the topics",
            size,
            Figure.single(build_ms, "ms"),
            Figure.single(index_ms, "ms"),
            "building the lexical session index",
        ),
        Row(
            "chat",
            "meaning signal: per question (its topic and offers)",
            size,
            Figure.of(per_question),
            Figure.of(per_lexical),
            "lexical session index search",
        ),
    ]


def _timed_sync(run: Any, text: str) -> float:
    started = time.perf_counter()
    run(text)
    return (time.perf_counter() - started) * 1000
