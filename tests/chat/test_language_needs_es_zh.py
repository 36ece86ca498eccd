"""Needs attendees put in Spanish and Chinese, each asked here in five wordings of its own per
language (not the blind sets'): how long a session runs and until when, a moment said the way
people talk (early tomorrow, right now, half past two), a question wrapped in small talk, a
personal schedule, the topics of a poster session, where and for how many days the conference
is held, and topics in the language's common words."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CAMP, CCC

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ES, ZH = "es-ES", "zh-CN"
MONDAY_AFTERNOON = "2019-05-06T16:40:00-05:00"
"""Late on Monday: the next morning opens with Shuckburgh's invited talk at 9:00."""
TUESDAY_LUNCH = "2019-05-07T13:50:00-05:00"
"""Tuesday's lunch: Goodfellow's invited talk is at 14:30."""
TUESDAY_POSTERS = "2019-05-07T11:20:00-05:00"
"""During Tuesday's GAN poster session (11:00-13:00)."""


def _each(need: str, locale: str, wordings: tuple[str, ...], **expected: Any) -> list[Blind]:
    return [
        Blind(f"{need}-{locale}-{n}", ICLR, wording, locale=locale, **expected)
        for n, wording in enumerate(wordings)
    ]


def _replies(
    need: str, locale: str, root: str, wordings: tuple[str, ...], **expected: Any
) -> list[Blind]:
    """`root` asked once, and each wording as a reply to its answer."""
    first = Blind(f"{need}-{locale}-root", ICLR, root, locale=locale)
    return [
        first,
        *(
            Blind(
                f"{need}-{locale}-{n}", ICLR, wording, locale=locale, reply_to=first.id, **expected
            )
            for n, wording in enumerate(wordings)
        ),
    ]


async def test_how_long_a_session_runs_is_asked_as_a_reply(store: Store, database_url: str) -> None:
    """Goodfellow's invited talk runs 14:30-15:15: however its length or end is asked, the
    answer holds its end."""
    ends = {"expect": ("15:15",)}
    await asked(
        store,
        database_url,
        *_replies(
            "long",
            ES,
            "cuándo es la charla de goodfellow?",
            (
                "cuánto dura?",
                "hasta qué hora es?",
                "y a qué hora acaba?",
                "cuándo termina?",
                "dura mucho?",
            ),
            language_words=("mayo",),
            **ends,
        ),
        *_replies(
            "long",
            ZH,
            "goodfellow 的报告是什么时候",
            ("讲多久", "多长时间", "几点结束？", "到几点", "什么时候结束呢"),
            language_words=("月",),
            **ends,
        ),
    )


async def test_a_moment_said_the_way_people_talk(store: Store, database_url: str) -> None:
    """Early tomorrow is its morning, right now is now, half past two is 14:30."""
    shuckburgh = {"now": MONDAY_AFTERNOON, "expect": ("Shuckburgh", "09:00")}
    goodfellow = {"now": TUESDAY_LUNCH, "expect": ("Goodfellow", "14:30")}
    gans = {"now": TUESDAY_POSTERS, "expect": ("Poster session: GANs",)}
    await asked(
        store,
        database_url,
        *_each(
            "early", ES, ("mañana temprano qué hay?", "algo para mañana temprano?"), **shuckburgh
        ),
        *_each("half", ES, ("qué hay a las 2 y media?",), **goodfellow),
        *_each("now", ES, ("qué pósters hay ahorita?", "hay pósters ya mismo?"), **gans),
        *_each("early", ZH, ("明天一早有什么", "明早第一场是谁讲"), **shuckburgh),
        *_each(
            "half",
            ZH,
            ("下午2点半有什么", "下午两点半有什么", "两点半那个主旨演讲是谁"),
            **goodfellow,
        ),
        *_each("now", ZH, ("现在有什么海报", "这会儿有海报吗"), **gans),
    )


async def test_a_question_wrapped_in_small_talk(store: Store, database_url: str) -> None:
    """A greeting drawn out, a forgotten detail, having just arrived or being bored are said
    around the question, not asked."""
    await asked(
        store,
        database_url,
        *_each(
            "aside",
            ES,
            (
                "no me acuerdo, cuándo habla goodfellow?",
                "acabo de llegar, qué hay ahorita?",
                "me aburro, algo en la próxima hora?",
            ),
            now=TUESDAY_LUNCH,
            expect=("Goodfellow", "14:30"),
        ),
        *_each(
            "greeting",
            ES,
            ("holaaaa, qué pósters hay ahorita?", "buenaaas! hay pósters ya mismo?"),
            now=TUESDAY_POSTERS,
            expect=("Poster session: GANs",),
        ),
        *_each(
            "aside",
            ZH,
            (
                "明早第一场是什么 几点过去比较好",
                "我在会场这边 明早第一场是啥",
                "明天一早第一场是什么 几点到会场合适",
            ),
            now=MONDAY_AFTERNOON,
            expect=("Shuckburgh",),
        ),
    )


async def test_a_personal_schedule_is_asked_for_in_spanish(store: Store, database_url: str) -> None:
    """The help, in Spanish, names the agenda commands."""
    await asked(
        store,
        database_url,
        *_each(
            "own",
            ES,
            (
                "puedo montarme mi propio horario?",
                "cómo me armo mi propia agenda?",
                "se puede hacer un horario propio con el bot? cómo se hace",
                "quiero armar mi propio horario, cómo lo hago?",
                "cómo me hago una agenda propia?",
            ),
            expect=("/agenda",),
            language_words=("agenda",),
        ),
    )


async def test_what_a_poster_session_covers_and_where_the_conference_is_in_chinese(
    store: Store, database_url: str
) -> None:
    """'是什么方向' asks a session's topics; '在哪开' and '开几天' where and when the
    conference is held."""
    await asked(
        store,
        database_url,
        *_each(
            "topics",
            ZH,
            ("星期三下午的海报是什么方向", "周三下午海报都是啥方向", "周三傍晚那场海报什么方向"),
            expect=("optimizers, convergence",),
        ),
        *_each(
            "topics",
            ZH,
            ("周二上午海报都是啥方向", "星期二上午的海报是什么方向"),
            expect=("Poster session: GANs",),
        ),
        *_each(
            "held",
            ZH,
            ("会议在哪里开", "这个会开几天", "会期是哪几天", "ICLR 在哪儿开", "这次会开多久"),
            expect=("New Orleans",),
            expect_any=("5月6日",),
        ),
    )


async def test_spanish_topics_in_the_languages_common_words(
    store: Store, database_url: str, ccc: None, camp: None
) -> None:
    """Global warming and net neutrality, asked in Spanish, find the English titles."""
    warming = {"locale": ES, "expect": ("Global Warming Sucks!",)}
    neutrality = {"locale": ES, "expect": ("net neutrality",)}
    await asked(
        store,
        database_url,
        Blind("es-warming", CAMP, "hay charlas del calentamiento global?", **warming),
        Blind("es-warming-2", CAMP, "algo sobre el calentamiento global?", **warming),
        Blind("es-neutral", CCC, "algo de neutralidad de la red en el congreso?", **neutrality),
        Blind("es-neutral-2", CCC, "busco la charla de la neutralidad de la red", **neutrality),
        Blind("es-neutral-3", CCC, "cuándo hablan de neutralidad de la red?", **neutrality),
    )


async def test_a_paper_named_in_chinese_words(store: Store, database_url: str) -> None:
    """The lottery ticket hypothesis said in Chinese is the paper of that name."""
    await asked(
        store,
        database_url,
        *_each(
            "lottery",
            ZH,
            (
                "彩票假说的论文是谁写的",
                "那篇彩票假说是口头报告还是海报",
                "彩票假说那篇几号讲",
                "有没有彩票假说的代码",
                "讲彩票假说的是哪篇",
            ),
            expect=("The Lottery Ticket Hypothesis",),
        ),
    )


async def test_what_is_next_asked_with_a_particle_in_chinese(
    store: Store, database_url: str
) -> None:
    """During Tuesday's morning orals, '接下来是啥' with or without 吧 or 呢 asks what is on
    now and next: the coffee break at 10:45."""
    await asked(
        store,
        database_url,
        *_each(
            "next",
            ZH,
            ("接下来是啥", "接下来是什么呢", "下一个是啥吧", "下一个是什么", "接下来是啥呢"),
            now="2019-05-07T10:00:00-05:00",
            expect=("Tuesday morning orals", "10:45"),
        ),
    )


async def test_spanish_parties_opening_and_days_of_the_conference(
    store: Store, database_url: str
) -> None:
    """The sponsors' parties (Wednesday 19:00), the opening talk, the keynotes as plenaries, and
    how many days the conference runs, in Spanish word order."""
    await asked(
        store,
        database_url,
        *_each(
            "parties",
            ES,
            (
                "las fiestas de los patrocinadores a q hora son",
                "cuándo son las fiestas de sponsors",
            ),
            expect=("Sponsor parties", "19:00"),
        ),
        *_each(
            "opening",
            ES,
            ("quién da la charla inaugural?", "a q hora es la sesión inaugural"),
            expect=("Opening remarks",),
        ),
        *_each(
            "keynotes",
            ES,
            ("muéstrame las plenarias", "cuáles son las charlas plenarias del miércoles"),
            expect=("Tufekci",),
        ),
        *_each(
            "days",
            ES,
            ("cuántos días dura el congreso", "cuántos días dura la conferencia?"),
            expect=("New Orleans", "6 de mayo"),
        ),
    )


async def test_the_city_the_address_and_what_follows_lunch_or_the_day(
    store: Store, database_url: str
) -> None:
    """Which city and how many days (Chinese), the venue's address (Spanish), what comes back
    after lunch (Spanish: Tufekci at 14:30 on Wednesday) and what is on once the day's
    programme is over (Chinese: the closing reception at 19:00 on Thursday)."""
    await asked(
        store,
        database_url,
        *_each(
            "city",
            ZH,
            ("会议一共几天？在哪个城市", "这个会在哪座城市开", "会开几天 在哪个城市"),
            expect=("New Orleans",),
        ),
        *_each(
            "address",
            ES,
            ("necesito la dirección del congreso", "dónde es la conferencia? voy en taxi"),
            expect=("Ernest N. Morial Convention Center",),
        ),
        *_each(
            "lunch",
            ES,
            (
                "voy a comer ya, al volver quién habla en la plenaria?",
                "al volver de comer quién da la plenaria?",
                "nos vamos a almorzar, cuando volvamos qué plenaria hay?",
            ),
            now="2019-05-08T12:30:00-05:00",
            expect=("Tufekci", "14:30"),
        ),
        *_each(
            "evening",
            ZH,
            ("白天结束之后还有聚会吗", "散会后有什么活动", "散会之后有派对吗"),
            now="2019-05-09T16:00:00-05:00",
            expect=("Closing reception", "19:00"),
        ),
    )
