"""Chat understanding: the question table's accuracy, and how long a chat answer takes.

The table (tests/cogs/chat_questions.toml) is the same one the test suite grades, so the
accuracy printed here is the one CI holds to 97%. Time is measured two ways on the seed's
store: the chat answer itself (read, decide, query, render), and the whole mention through
the offline Discord, each question asked at its own venue time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.measure import Figure, Row, Target, timed_ms
from bench.stores import BenchStore
from bot.app import ConfBot
from bot.chat.answers import answer_question
from bot.chat.persistence import revision
from bot.chat.service import Memory
from bot.clock import ManualClock
from bot.domain.errors import DomainError
from bot.domain.records import ConferenceView
from bot.imports.packaged import open_store
from bot.offline import OfflineDiscord, OfflineUser, Sent

TABLE = Path(__file__).resolve().parent.parent / "tests" / "cogs" / "chat_questions.toml"
DEFAULT_NOW = "2019-05-07T11:30"
"""Tuesday of ICLR 2019, during the GAN poster session: the table's usual moment."""
ACCURACY_TARGET = 97.0
ANSWER_P99_MS = 5.0
USER = OfflineUser(id=320_000_000_000_000_002, name="asker")


@dataclass(frozen=True)
class Question:
    """One row of the table: what is asked, when, and what the answer must (not) contain."""

    ask: str
    now: str = DEFAULT_NOW
    expect: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()

    def at(self, conf: ConferenceView) -> datetime:
        return datetime.fromisoformat(self.now).replace(tzinfo=conf.zone)

    def missed(self, text: str) -> list[str]:
        """What is wrong with an answer: expected text absent, rejected text present."""
        seen = text.casefold()
        wrong = [f"missing {want!r}" for want in self.expect if want.casefold() not in seen]
        return wrong + [f"has {bad!r}" for bad in self.reject if bad.casefold() in seen]


def load_questions(path: Path = TABLE) -> list[Question]:
    with path.open("rb") as table:
        rows = tomllib.load(table)["question"]
    return [
        Question(
            ask=row["ask"],
            now=row.get("now", DEFAULT_NOW),
            expect=tuple(row.get("expect", ())),
            reject=tuple(row.get("reject", ())),
        )
        for row in rows
    ]


def seen_text(sent: list[Sent]) -> str:
    """Everything a reader sees in the bot's messages."""
    chunks: list[str] = []
    for message in sent:
        chunks.append(message.content or "")
        for embed in message.embeds:
            chunks += [embed.get("title", ""), embed.get("description", "") or ""]
            for item in embed.get("fields", []):
                chunks += [item["name"], item["value"]]
            chunks.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(chunks)


async def question_rows(bench: BenchStore) -> list[Row]:
    """Accuracy over the table, and answer times beside the whole mention's."""
    conf = bench.conference
    questions = load_questions()
    clock = ManualClock(questions[0].at(conf))
    # A store of its own, as a bot process has: closing the bot closes its store, and the
    # benchmark's shared one (with its reader) must stay open for the rows that follow.
    store = await open_store(bench.settings.database_url, bench.data_dir)
    offline = OfflineDiscord(ConfBot(bench.settings, store, clock, conf))
    await offline.start()
    memory = Memory()
    async with store.sessions() as db:
        current = await revision(db, conf.id)  # as the bot knows it from its watcher
        # Read once per revision, as the bot's own memory already was by its first mention:
        # the times are of answers, the blind set's row times the first one apart.
        await memory.known(db, conf, current)
    right = 0
    mention_ms: list[float] = []
    answer_ms: list[float] = []
    try:
        for question in questions:
            clock.set(question.at(conf))
            took, sent = await timed_ms(offline.mention, USER, question.ask)
            mention_ms.append(took)
            right += not question.missed(seen_text(sent)) and not offline.violations

            async def bare(text: str) -> object:
                async with store.sessions() as db:
                    try:
                        return await answer_question(db, conf, clock, memory, text, current)
                    except DomainError as error:  # the cog shows it as the answer
                        return error

            answer_ms.append((await timed_ms(bare, question.ask))[0])
    finally:
        await offline.close()
    size = f"{bench.label} ({bench.papers:,} papers)"
    share = 100.0 * right / len(questions)
    return [
        Row(
            "chat",
            f"question table: share answered right ({len(questions)} questions)",
            size,
            Figure.single(share, "%"),
            target=Target(ACCURACY_TARGET, "%", at_least=True),
        ),
        Row(
            "chat",
            "chat answer (read, decide, query, render)",
            size,
            Figure.of(answer_ms),
            Figure.of(mention_ms),
            "whole mention via offline Discord",
            Target(ANSWER_P99_MS, "ms"),
        ),
    ]
