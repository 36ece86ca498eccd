"""The blind question set (tests/chat/questions): questions written from the data alone, by
someone who never read the chat code, asked through the offline Discord at their own moment.

Kept apart from the test module so the same grading serves the test, any other file of the
same format (a held-back part is scored with exactly this code) and `python -m bench`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.domain.records import ConferenceView
from bot.imports.service import import_source
from bot.offline import OfflineDiscord, OfflineUser, Sent
from bot.settings import Settings
from bot.store.setup import Store
from tests.cogs.conftest import text_of

QUESTIONS = Path(__file__).resolve().parent / "questions"
SCHEDULES = QUESTIONS / "schedules"
IMPORTED = {"39c3": "39c3.json", "camp2019": "camp2019.json", "31c3": "31c3.xml"}
"""Conference key in the question files -> the public schedule imported under that key."""
FIRST_ASKER = 330_000_000_000_000_001
"""Each question comes from its own attendee, so none reads as a follow-up by accident; a
reply comes from whoever asked the question it replies to."""
SAYS_NOTHING = (
    "no paper",
    "no talk",
    "no session",
    "nothing",
    "did you mean",
    "not sure what you",
    "no one",
    "no keynote",
    *("kein", "nichts", "aucun", "rien", "pas de", "ningún", "ninguna", "nada", "no hay"),
    *("没有", "未找到", "找不到"),
)
"""How an honest 'nothing matches' answer reads, in each language: it says so, or offers
candidates."""
SHOWN_AS_ANSWER = ("Authors", "Presented as", "Speakers:", "Abstract")
"""Fields of a full card: a 'nothing matches' answer never shows one."""


@dataclass(frozen=True)
class Blind:
    """One blind question and what a right answer must (not) contain."""

    id: str
    conference: str
    ask: str
    now: str | None = None
    reply_to: str | None = None
    expect: tuple[str, ...] = ()
    expect_any: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    nothing: bool = False
    why: str = ""
    locale: str = "en-US"
    language_words: tuple[str, ...] = ()
    """At least one must be in the answer, as a whole word (in Chinese, anywhere): it is
    written in the question's language."""

    def expectation(self) -> str:
        parts = [f"expect {list(self.expect)}"] if self.expect else []
        parts += [f"any of {list(self.expect_any)}"] if self.expect_any else []
        parts += [f"forbid {list(self.forbid)}"] if self.forbid else []
        parts += ["nothing matches"] if self.nothing else []
        return "; ".join(parts) or "an answer"

    def missed(self, text: str) -> list[str]:
        """What is wrong with an answer, empty when it is right."""
        seen = text.casefold()
        wrong = [f"missing {want!r}" for want in self.expect if want.casefold() not in seen]
        if self.expect_any and not any(want.casefold() in seen for want in self.expect_any):
            wrong.append(f"none of {list(self.expect_any)}")
        wrong += [f"has {bad!r}" for bad in self.forbid if bad.casefold() in seen]
        if self.nothing:
            wrong += shows_an_answer(text)
        if self.language_words and not any(
            self._has_word(word, text) for word in self.language_words
        ):
            wrong.append(f"not in {self.locale}: none of {list(self.language_words)}")
        return wrong

    def _has_word(self, word: str, text: str) -> bool:
        if self.locale.startswith("zh"):
            return word.casefold() in text.casefold()
        whole = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
        return bool(whole.search(text))


def shows_an_answer(text: str) -> list[str]:
    """Why an answer that should say 'nothing matches' does not: it never says so, or it
    shows an item's full card as the answer."""
    seen = text.casefold()
    wrong = [] if any(mark in seen for mark in SAYS_NOTHING) else ["does not say nothing matches"]
    return wrong + [f"shows a card ({mark})" for mark in SHOWN_AS_ANSWER if mark in text]


def load_blind(path: Path) -> list[Blind]:
    with path.open("rb") as table:
        rows = tomllib.load(table)["question"]
    return [
        Blind(
            id=row["id"],
            conference=row["conference"],
            ask=row["ask"],
            now=row.get("now"),
            reply_to=row.get("reply_to"),
            expect=tuple(row.get("expect", ())),
            expect_any=tuple(row.get("expect_any", ())),
            forbid=tuple(row.get("forbid", ())),
            nothing=bool(row.get("nothing", False)),
            why=row.get("why", ""),
            locale=row.get("locale", "en-US"),
            language_words=tuple(row.get("language_words", ())),
        )
        for row in rows
    ]


@dataclass
class Graded:
    """Per conference: questions asked, and each wrong one with its answer."""

    asked: Counter[str] = field(default_factory=Counter)
    wrong: list[tuple[Blind, list[str], str]] = field(default_factory=list)
    locales: Counter[str] = field(default_factory=Counter)

    def share(self, conference: str | None = None) -> float:
        total = self.asked[conference] if conference else sum(self.asked.values())
        failed = sum(1 for q, _, _ in self.wrong if conference in (None, q.conference))
        return 1 - failed / total if total else 1.0

    def share_in(self, locale: str) -> float:
        """The share right among the questions written in one language."""
        failed = sum(1 for q, _, _ in self.wrong if q.locale == locale)
        total = self.locales[locale]
        return 1 - failed / total if total else 1.0

    def report(self, title: str) -> str:
        lines = [f"{title}: {self.share():.1%} of {sum(self.asked.values())}"]
        lines += [f"  {c}: {self.share(c):.1%} of {n}" for c, n in sorted(self.asked.items())]
        if len(self.locales) > 1:
            lines += [
                f"  in {locale}: {self.share_in(locale):.1%} of {n}"
                for locale, n in sorted(self.locales.items())
            ]
        for question, problems, answer in self.wrong:
            lines.append(f"\n[{question.id}] {question.ask!r} at {question.now}")
            lines.append(f"  expected: {question.expectation()}  ({question.why})")
            lines.append(f"  wrong: {'; '.join(problems)}")
            lines.append("  answer: " + answer.replace("\n", "\n          ")[:900])
        return "\n".join(lines)


async def import_schedules(store: Store, now: datetime) -> None:
    """The public schedules, imported as `confbot import` does, each under its file's key."""
    for slug, name in IMPORTED.items():
        await import_source(store, str(SCHEDULES / name), slug, now)


def default_moment(conf: ConferenceView) -> datetime:
    """For a question that names no moment: the conference's first day, late morning."""
    return datetime.combine(conf.start_date, time(11), tzinfo=conf.zone)


ANSWER_WAIT_S = 60.0


async def grade(store: Store, database_url: str, questions: list[Blind]) -> Graded:
    """Every question asked of a bot whose conference is the question's, at its moment; a
    `reply_to` question is a Discord reply to the bot's answer to that id."""
    graded = Graded()
    for key in dict.fromkeys(q.conference for q in questions):
        async with store.sessions() as db:
            conf = await get_conference(db, key)
        clock = ManualClock(default_moment(conf))
        # Chat sets no reminder, so none falls due while questions are graded: the bot sends
        # none, as `confbot sync` builds it, and plans and claims none beside its answers.
        bot = ConfBot(Settings(database_url=database_url), store, clock, conf, deliver=False)
        # Graded for what it answers, not how fast (the bench times that): a first answer that
        # builds the conference's memory on a busy machine is still waited for.
        offline = OfflineDiscord(bot, settle_timeout=ANSWER_WAIT_S)
        await offline.start()
        answers: dict[str, tuple[OfflineUser, Sent]] = {}
        try:
            for number, question in enumerate(q for q in questions if q.conference == key):
                graded.asked[key] += 1
                graded.locales[question.locale] += 1
                moment = datetime.fromisoformat(question.now) if question.now else None
                clock.set(moment or default_moment(conf))
                earlier = answers.get(question.reply_to or "")
                if earlier is not None:
                    asker, to = earlier
                    sent = await offline.reply(asker, to, question.ask)
                else:
                    asker = OfflineUser(id=FIRST_ASKER + number, name=f"attendee{number}")
                    sent = await offline.mention(asker, question.ask)
                shown = [message for message in sent if message.message_id is not None]
                if shown:
                    answers[question.id] = (asker, shown[-1])
                answer = text_of(sent)
                problems = question.missed(answer)
                if problems:
                    graded.wrong.append((question, problems, answer))
        finally:
            await offline.close()
    return graded


async def asked(store: Store, database_url: str, *questions: Blind) -> None:
    """Asks a test's own questions as the blind sets are asked, failing with every miss."""
    graded = await grade(store, database_url, list(questions))
    assert not graded.wrong, graded.report("asked")
