"""What attendees ask of the programme and of the bot itself, in German, French, Spanish and
Chinese, in wordings of this test's own: the conference's time zone and edition, a meal's
length (on a weekday said in two letters too), the debate, something official in the evening,
what follows a speaker who has finished or an official item after the day's last orals, what
runs now when the asker has just left a talk, stands in a queue or guesses a break is on,
which halls are busy now, what a speaker said at a session, a paper explained simply, and
the bot's commands for one's data, reminders and clashing picks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CONGRESS = "39c3"
DE, FR, ES, ZH = "de", "fr", "es-ES", "zh-CN"
THURSDAY_BREAK = "2019-05-09T10:35:00-05:00"
"""Thursday's morning orals (09:45-10:45) are still on in Great Hall AD, the coffee next."""


async def test_the_time_zone_and_the_edition_are_on_the_conference_card(
    store: Store, database_url: str
) -> None:
    """ICLR 2019 is the seventh edition, its times are Chicago's: its card says both."""
    zone = ("Chicago",)
    seventh = ("Seventh",)
    await asked(
        store,
        database_url,
        Blind("zone-en", ICLR, "what time zone are these times in?", expect=zone),
        Blind("zone-de", ICLR, "in welcher zeitzone sind die zeiten angegeben?", expect=zone),
        Blind("zone-zh", ICLR, "时间是哪个时区的", locale=ZH, expect=zone),
        Blind(
            "zone-fr", ICLR, "c'est quel fuseau horaire pour les heures ?", locale=FR, expect=zone
        ),
        Blind("zone-es", ICLR, "en qué zona horaria están las horas?", locale=ES, expect=zone),
        Blind(
            "zone-fr-alone", ICLR, "les horaires sont dans quel fuseau ?", locale=FR, expect=zone
        ),
        Blind("zone-es-huso", ICLR, "que huso horario usan?", locale=ES, expect=zone),
        Blind("edition-en", ICLR, "which edition of iclr is this?", expect=seventh),
        Blind("edition-de", ICLR, "welche ausgabe der konferenz ist das?", expect=seventh),
        Blind("edition-fr", ICLR, "c'est quelle édition ?", locale=FR, expect=seventh),
        Blind("edition-es", ICLR, "qué edición es esta?", locale=ES, expect=seventh),
        Blind("edition-zh", ICLR, "这是第几届", locale=ZH, expect=seventh),
    )


async def test_german_asks_a_meal_on_a_two_letter_weekday_and_the_debate(
    store: Store, database_url: str
) -> None:
    """'am do' is Thursday, whose lunch runs 13:00-14:30; 'weiss jemand' asks nothing of a
    person called Weiss, so the debate (its moderator Kaelbling) is what is asked."""
    await asked(
        store,
        database_url,
        Blind(
            "lunch",
            ICLR,
            "wie lange ist die mittagspause am do?",
            locale=DE,
            expect=("13:00", "14:30"),
            language_words=("Mai",),
        ),
        Blind(
            "debate",
            ICLR,
            "weiss jemand, wann die debatte war?",
            locale=DE,
            expect=("Kaelbling",),
            forbid=("Ron Weiss",),
        ),
    )


async def test_a_meals_length_and_an_official_evening_in_other_languages(
    store: Store, database_url: str
) -> None:
    """Wednesday's lunch runs 13:00-14:30 and its evening holds the sponsor parties: an
    'official' something that evening is what is on then, not the conference's card."""
    lunch = ("13:00", "14:30")
    evening = "2019-05-08T18:45:00-05:00"
    parties = ("Sponsor parties",)
    await asked(
        store,
        database_url,
        Blind(
            "lunch-fr",
            ICLR,
            "la pause déj dure combien de temps mercredi ?",
            locale=FR,
            expect=lunch,
        ),
        Blind("lunch-zh", ICLR, "周三午饭多长时间", locale=ZH, expect=lunch),
        Blind(
            "lunch-es", ICLR, "cuanto tiempo hay para comer el miercoles?", locale=ES, expect=lunch
        ),
        Blind(
            "evening-es",
            ICLR,
            "hay algo oficial esta noche?",
            now=evening,
            locale=ES,
            expect=parties,
        ),
        Blind("evening-zh", ICLR, "今晚有官方活动吗", now=evening, locale=ZH, expect=parties),
    )


async def test_what_follows_a_finished_speaker_or_the_last_orals(
    store: Store, database_url: str
) -> None:
    """Goodfellow's invited talk is followed by Tuesday's afternoon orals; Thursday's last
    orals by the closing, where ICLR 2020 was announced for Addis Ababa."""
    await asked(
        store,
        database_url,
        Blind(
            "finished",
            ICLR,
            "Goodfellow 讲完了没 接下来是什么",
            now="2019-05-07T14:50:00-05:00",
            locale=ZH,
            expect=("Tuesday afternoon orals",),
        ),
        *(
            Blind(
                f"finished-{locale}",
                ICLR,
                wording,
                now="2019-05-07T14:50:00-05:00",
                locale=locale,
                expect=("Tuesday afternoon orals",),
            )
            for locale, wording in (
                (DE, "ist goodfellow schon fertig? was kommt danach?"),
                (FR, "goodfellow a fini ? il y a quoi après ?"),
                (ES, "ya termino goodfellow? que viene despues?"),
            )
        ),
        Blind(
            "after-keynote",
            ICLR,
            "qu'est-ce qui vient après la keynote de goodfellow ?",
            now="2019-05-07T14:50:00-05:00",
            locale=FR,
            expect=("Tuesday afternoon orals",),
        ),
        Blind(
            "last-orals",
            ICLR,
            "周四最后一场口头报告之后还有什么",
            locale=ZH,
            expect=("Addis",),
        ),
        Blind(
            "official",
            ICLR,
            "après les dernières présentations orales de jeudi, il y a une chose officielle ?",
            locale=FR,
            expect=("Addis",),
            language_words=("mai",),
        ),
    )


async def test_what_runs_now_beside_where_the_asker_has_been_or_stands(
    store: Store, database_url: str
) -> None:
    """Having left a talk, queuing for coffee or guessing that a break is on says nothing of
    what is asked: the orals running, the posters next, what the hall holds now."""
    orals = ("Thursday morning orals",)
    await asked(
        store,
        database_url,
        Blind(
            "left",
            ICLR,
            "acabo de salir de lo de goodfellow, que orales hay ahora?",
            now="2019-05-07T15:20:00-05:00",
            locale=ES,
            expect=("Tuesday afternoon orals",),
            forbid=("Ian Goodfellow en",),
        ),
        Blind(
            "queue",
            ICLR,
            "estoy en la cola del cafe, cuanto falta para los posters de la tarde?",
            now="2019-05-07T16:05:00-05:00",
            locale=ES,
            expect=("16:30", "adversarial"),
        ),
        Blind(
            "orals-fr",
            ICLR,
            "quels oraux en ce moment dans la grande salle ?",
            now="2019-05-06T15:20:00-05:00",
            locale=FR,
            expect=("Monday afternoon orals",),
            forbid=("SPiRL",),
        ),
        Blind(
            "break-de",
            ICLR,
            "läuft im AD saal grad was oder ist pause?",
            now=THURSDAY_BREAK,
            locale=DE,
            expect=orals,
        ),
        Blind(
            "break-fr",
            ICLR,
            "quoi maintenant dans la salle AD, ou c'est la pause ?",
            now=THURSDAY_BREAK,
            locale=FR,
            expect=orals,
        ),
        Blind(
            "break-es",
            ICLR,
            "qué hay ahora en la sala AD o es pausa?",
            now=THURSDAY_BREAK,
            locale=ES,
            expect=orals,
        ),
        Blind(
            "side-by-side",
            ICLR,
            "研讨会和口头报告是一起进行的吧 AD 厅现在是啥",
            now="2019-05-06T10:00:00-05:00",
            locale=ZH,
            expect=("Monday morning orals",),
        ),
    )


@pytest.mark.imported_schedules
async def test_which_halls_are_busy_now_is_what_runs_in_them(
    store: Store, database_url: str
) -> None:
    """At 15:00 on 29 December 39C3's talk on South Korean telco breaches runs in Saal Fuse:
    asking which halls still have talks now lists what runs, not the five halls."""
    running = ("South Korean Telco Breaches",)
    moment = "2025-12-29T15:00:00+01:00"
    await asked(
        store,
        database_url,
        Blind("busy-en", CONGRESS, "which stages are busy right now", now=moment, expect=running),
        Blind("busy-zh", CONGRESS, "现在还有哪些厅在讲东西", now=moment, locale=ZH, expect=running),
    )


async def test_the_bots_own_commands_asked_in_spanish_and_chinese(
    store: Store, database_url: str
) -> None:
    """One's data, a reminder before every session of a kind and clashes among one's picks
    are the help's: it names /privacy, /remind and /agenda."""
    await asked(
        store,
        database_url,
        Blind("data", ICLR, "qué datos guardas sobre mi?", locale=ES, expect=("/privacy",)),
        Blind(
            "remind",
            ICLR,
            "me puedes avisar 10 min antes de cada keynote?",
            locale=ES,
            expect=("/remind",),
        ),
        Blind("clash", ICLR, "我收藏的讲座有没有冲突", locale=ZH, expect=("/agenda",)),
        Blind(
            "data-fr", ICLR, "quelles données tu gardes sur moi ?", locale=FR, expect=("/privacy",)
        ),
        Blind(
            "clash-de",
            ICLR,
            "überschneiden sich meine gespeicherten sessions?",
            locale=DE,
            expect=("/agenda",),
        ),
        Blind(
            "clash-fr",
            ICLR,
            "est-ce que mes sessions sauvegardées se chevauchent ?",
            locale=FR,
            expect=("/agenda",),
        ),
        Blind(
            "clash-es", ICLR, "se solapan mis sesiones guardadas?", locale=ES, expect=("/agenda",)
        ),
        Blind("clash-zh", ICLR, "我的议程里有冲突吗", locale=ZH, expect=("/agenda",)),
        Blind("clash-en", ICLR, "any clashes in my agenda?", expect=("/agenda",)),
        Blind("wipe-es", ICLR, "borra todos mis datos porfa", locale=ES, expect=("/privacy",)),
        Blind("wipe-zh", ICLR, "删除我的所有数据", locale=ZH, expect=("/privacy",)),
        Blind(
            "remind-fr",
            ICLR,
            "préviens-moi 5 minutes avant chaque keynote",
            locale=FR,
            expect=("/remind",),
        ),
    )


async def test_a_speakers_words_and_a_paper_explained(store: Store, database_url: str) -> None:
    """What Dwork spoke about is her invited talk's card and what Rush said at the opening
    the opening's, not the list of their sessions; asked to explain a paper simply, the bot
    shows its summary rather than searching for those words."""
    summary = ("Ordered Neurons: Integrating Tree Structures",)
    await asked(
        store,
        database_url,
        Blind(
            "spoke",
            ICLR,
            "de que hablo dwork en su charla?",
            locale=ES,
            expect=("Invited talk: Cynthia Dwork",),
            forbid=("participa en",),
        ),
        Blind(
            "opening",
            ICLR,
            "rush 在开幕式上说了什么",
            locale=ZH,
            expect=("diversity",),
        ),
        *(
            Blind(f"explain-{locale}", ICLR, wording, locale=locale, expect=summary)
            for locale, wording in (
                (ES, "explicame facil de que va ordered neurons"),
                (DE, "erklär mir einfach ordered neurons"),
                (FR, "explique-moi simplement ordered neurons"),
                (ZH, "简单解释一下 ordered neurons"),
            )
        ),
    )
