"""Needs attendees put in German, French, Spanish and Chinese, each asked here in three
wordings of its own per language (not the blind sets'): where authors work, what comes after
a break or a meal, how to be reminded or keep a personal agenda, a reply in no language's
words to an answer in one, and papers described in the language's own words."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CCC = "31c3"
COFFEE = "2019-05-07T10:50:00-05:00"
"""Tuesday's morning coffee break (10:45-11:00), before the GAN posters at 11:00."""
BEFORE_LUNCH = "2019-05-06T12:50:00-05:00"
"""Monday before lunch (13:00-14:30), which Bottou's invited talk follows."""
MONDAY_EVENING = "2019-05-06T20:00:00-05:00"
"""After Monday's programme: the next day opens with Shuckburgh's invited talk at 9:00."""
DE, FR, ES, ZH = "de", "fr", "es-ES", "zh-CN"


def _each(need: str, locale: str, wordings: tuple[str, ...], **expected: Any) -> list[Blind]:
    return [
        Blind(f"{need}-{locale}-{n}", ICLR, wording, locale=locale, **expected)
        for n, wording in enumerate(wordings)
    ]


async def test_where_authors_work_is_read_in_each_language(store: Store, database_url: str) -> None:
    """Freiburg's three papers and Inria's two, asked by city or institute."""
    freiburg = {"expect": ("Learning to Design RNA",)}
    inria = {"expect": ("Spreading vectors",)}
    await asked(
        store,
        database_url,
        *_each(
            "from",
            DE,
            ("paper aus freiburg?", "wer aus freiburg stellt was vor", "arbeiten aus freiburg"),
            language_words=("von",),
            **freiburg,
        ),
        *_each(
            "from",
            FR,
            ("des articles de l'inria ?", "des chercheurs de l'inria ici ?", "des gens de l'inria"),
            language_words=("articles", "par"),
            **inria,
        ),
        *_each(
            "from",
            ES,
            (
                "gente de freiburg presentando?",
                "alguien de freiburg presenta algo?",
                "hay investigadores de freiburg?",
            ),
            language_words=("de",),
            **freiburg,
        ),
    )


async def test_what_comes_after_a_break_or_a_meal(store: Store, database_url: str) -> None:
    """During Tuesday's coffee break, what follows it is the GAN poster session; before
    Monday's lunch, what follows it is Bottou's invited talk."""
    gans = {"now": COFFEE, "expect": ("Poster session: GANs",)}
    await asked(
        store,
        database_url,
        *_each(
            "break",
            DE,
            (
                "was kommt nach der pause?",
                "und direkt nach der kaffeepause?",
                "was kommt gleich nach dem kaffee",
            ),
            **gans,
        ),
        *_each(
            "break",
            ES,
            (
                "que hay despues del cafe?",
                "y despues de la pausa?",
                "despues del descanso que toca",
            ),
            **gans,
        ),
        *_each("break", ZH, ("茶歇之后是什么", "休息以后有啥", "茶歇后有什么"), **gans),
        *_each(
            "meal",
            FR,
            (
                "on mange quand et il y a quoi après ?",
                "le déjeuner c'est quand, et juste après ?",
                "on déjeune à quelle heure et y a quoi après",
            ),
            now=BEFORE_LUNCH,
            expect=("Bottou",),
        ),
    )


async def test_how_to_be_reminded_or_keep_an_agenda_is_asked_in_each_language(
    store: Store, database_url: str
) -> None:
    """The help, in the asker's language, names the commands that do it."""
    commands = {"expect_any": ("/remind", "/agenda")}
    await asked(
        store,
        database_url,
        *_each(
            "use",
            DE,
            (
                "kann der bot mich erinnern bevor ein talk anfängt?",
                "wie kann ich mir eine eigene liste machen?",
                "wie krieg ich das programm in meinen handykalender?",
            ),
            language_words=("Erinnerung", "Agenda", "und"),
            **commands,
        ),
        *_each(
            "use",
            FR,
            (
                "comment je mets un rappel avant une session ?",
                "comment j'ajoute un talk à mon agenda ?",
                "tu peux me rappeler avant la keynote ?",
            ),
            language_words=("ton", "pour", "un"),
            **commands,
        ),
        *_each(
            "use",
            ES,
            (
                "me avisas 5 min antes de la keynote?",
                "como hago para tener mi horario personal?",
                "como puedo pasar la agenda a mi calendario?",
            ),
            language_words=("tu", "para", "una"),
            **commands,
        ),
        *_each(
            "use",
            ZH,
            ("怎么把场次导出到手机日历", "如何加到我的日程", "怎么导出日历"),
            language_words=("的",),
            **commands,
        ),
    )


async def test_a_reply_in_no_languages_words_is_answered_in_the_language_of_the_answer(
    store: Store, database_url: str
) -> None:
    """'saal?' and 'code?' are anyone's words; the answer they reply to was German, French or
    Spanish, so is theirs. 'y a le code' is French and Spanish alike: it follows French."""
    await asked(
        store,
        database_url,
        Blind("de", ICLR, "wann ist die keynote von bottou?", locale=DE),
        Blind(
            "de-room",
            ICLR,
            "saal?",
            reply_to="de",
            locale=DE,
            expect=("Great Hall AD",),
            language_words=("Raum",),
        ),
        Blind("fr", ICLR, "résume-moi le papier lottery ticket", locale=FR),
        Blind(
            "fr-code",
            ICLR,
            "y a le code ?",
            reply_to="fr",
            locale=FR,
            language_words=("lien", "le code est"),
            forbid=("código",),
        ),
        Blind("es", ICLR, "el paper de ordered neurons de q va", locale=ES),
        Blind(
            "es-code",
            ICLR,
            "github?",
            reply_to="es",
            locale=ES,
            language_words=("código",),
            forbid=("code:",),
        ),
    )


async def test_a_spanish_reply_asking_which_university_names_the_papers_own(
    store: Store, database_url: str
) -> None:
    """'uni' is an English short form too: read as one before the Spanish phrase, 'de q uni'
    named a university's papers instead of the ones the paper's authors work at."""
    await asked(
        store,
        database_url,
        Blind("es", ICLR, "el paper de la lottery ticket de q va", locale=ES),
        Blind(
            "es-uni",
            ICLR,
            "de q uni son",
            reply_to="es",
            locale=ES,
            expect=("MIT CSAIL",),
            forbid=("University of Oxford",),
        ),
    )


async def test_papers_described_in_the_languages_own_words(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        *_each(
            "topic",
            ES,
            (
                "el paper que resuelve el problema del viajante",
                "algo del problema del viajante con atencion?",
                "resolver el problema del viajante",
            ),
            expect=("Routing Problems",),
        ),
        *_each(
            "topic",
            ZH,
            ("机器阅读理解的论文", "有没有做机器阅读理解的", "阅读理解相关的论文"),
            expect_any=("Machine Reading Comprehension", "Coattention Network"),
        ),
        *_each(
            "topic",
            FR,
            (
                "la théorie du champ moyen de la batchnorm",
                "un papier sur le champ moyen et la batchnorm",
                "théorie champ moyen batchnorm, c'est de qui",
            ),
            expect=("Mean Field Theory of Batch Normalization",),
        ),
    )


async def test_a_papers_card_opens_with_a_sentence_in_the_askers_language(
    store: Store, database_url: str
) -> None:
    """A reader of another language expects a sentence before a card of labels: what the
    paper is and whose, its authors joined as the language joins a list."""
    authors = "Jonathan Frankle", "Michael Carbin"
    await asked(
        store,
        database_url,
        Blind(
            "de",
            ICLR,
            "worum geht es im lottery ticket paper",
            locale=DE,
            expect=(f"Ein Oral-Vortrag von {authors[0]} und {authors[1]}.",),
        ),
        Blind(
            "fr",
            ICLR,
            "résume-moi le papier lottery ticket",
            locale=FR,
            expect=(f"Un exposé oral de {authors[0]} et {authors[1]}.",),
        ),
        Blind(
            "es",
            ICLR,
            "el paper de la lottery ticket de q va",
            locale=ES,
            expect=(f"Una ponencia oral de {authors[0]} y {authors[1]}.",),
        ),
        Blind(
            "zh",
            ICLR,
            "lottery ticket 那篇论文讲什么",
            locale=ZH,
            expect=(f"由{authors[0]}和{authors[1]}发表的口头报告。",),
        ),
    )


async def test_a_count_is_said_as_the_language_says_a_total(
    store: Store, database_url: str
) -> None:
    """Monday's workshops, counted when asked how many."""
    await asked(
        store,
        database_url,
        Blind("es", ICLR, "cuantos talleres hay el lunes", locale=ES, language_words=("hay",)),
        Blind(
            "de",
            ICLR,
            "wie viele workshops gibt es am montag",
            locale=DE,
            language_words=("insgesamt",),
        ),
        Blind("fr", ICLR, "combien de workshops lundi", locale=FR, language_words=("total",)),
        Blind("zh", ICLR, "星期一有多少个研讨会", locale=ZH, language_words=("共",)),
    )


@pytest.mark.usefixtures("ccc")
async def test_a_sessions_summary_opens_with_a_sentence_in_the_askers_language(
    store: Store, database_url: str
) -> None:
    """'What is it about' shows the organisers' words, opened as the full card is: kind, day,
    time, room and speakers in the asker's language."""
    ask = {
        "de": "worum geht es bei safer playing with lasers",
        "es-ES": "de q va safer playing with lasers",
    }
    await asked(
        store,
        database_url,
        Blind(
            "de",
            CCC,
            ask["de"],
            locale=DE,
            expect=("am Sonntag, 28. Dezember um 16:00", "Mit Sarah."),
        ),
        Blind(
            "es",
            CCC,
            ask["es-ES"],
            locale=ES,
            expect=("el domingo, 28 de diciembre a las 16:00", "Con Sarah."),
        ),
    )


async def test_which_command_does_something_is_asked_in_the_language(
    store: Store, database_url: str
) -> None:
    """'Which command shows a day's programme', asked in Spanish or French, names /schedule
    rather than searching the programme for the word 'command'."""
    schedule = {"expect": ("/schedule",)}
    await asked(
        store,
        database_url,
        *_each(
            "command",
            ES,
            (
                "qué comando muestra el programa de un día?",
                "hay algún comando para ver todo el programa del martes?",
                "cuál es el comando para ver la agenda de un día?",
            ),
            **schedule,
        ),
        *_each(
            "command",
            FR,
            (
                "quelle commande affiche le programme d'une journée ?",
                "avec quelle commande je vois tout le programme de mardi ?",
                "y a une commande pour voir le programme du jour ?",
            ),
            **schedule,
        ),
    )


async def test_whether_talks_were_recorded_is_answered_with_the_conferences_links(
    store: Store, database_url: str
) -> None:
    """Asked whether the talks were recorded, the conference's card answers: it links the
    talk videos."""
    videos = {"expect": ("facebook.com/pg/iclr.cc/videos",)}
    await asked(
        store,
        database_url,
        *_each(
            "recorded",
            ES,
            (
                "las ponencias quedan grabadas?",
                "hay grabaciones de las charlas?",
                "las charlas están grabadas en algún lado?",
            ),
            **videos,
        ),
        *_each(
            "recorded",
            FR,
            (
                "les exposés sont filmés ?",
                "les keynotes sont enregistrées quelque part ?",
                "y a des enregistrements des présentations ?",
            ),
            **videos,
        ),
    )


async def test_who_gives_a_session_is_told_in_spanish_whatever_its_gender_or_number(
    store: Store, database_url: str
) -> None:
    """'Who is in it', asked of the debate (a masculine noun, given by five people), names them
    with words that agree with any kind of session and with the number of speakers."""
    await asked(
        store,
        database_url,
        Blind("debate", ICLR, "cuándo es el debate", locale=ES),
        Blind(
            "who",
            ICLR,
            "y quién participa?",
            reply_to="debate",
            locale=ES,
            expect=("sus ponentes son Leslie Kaelbling, Doina Precup",),
        ),
        Blind("talk", ICLR, "a qué hora es la charla de goodfellow", locale=ES),
        Blind(
            "one",
            ICLR,
            "y quién la da?",
            reply_to="talk",
            locale=ES,
            expect=("su ponente es Ian Goodfellow",),
        ),
    )


async def test_a_paper_described_in_the_common_words_of_research_in_each_language(
    store: Store, database_url: str
) -> None:
    """A paper described in the language's own words of the field, never its English title:
    each is read into English before the one search runs, and in Chinese the words are
    found without spaces between them."""
    await asked(
        store,
        database_url,
        *_each(
            "described",
            DE,
            (
                "vorhersage von interaktionen mehrerer agenten aus teilweisen beobachtungen",
                "gibts was über interaktionen von agenten vorhersagen bei teilweisen beobachtungen",
                "das paper mit teilweisen beobachtungen und vorhersage von agenten interaktionen",
                "interaktionen zwischen agenten aus unvollständigen beobachtungen vorhersagen?",
                "wer sagt interaktionen mehrerer agenten vorraus aus teilweisen beobachtungen",
            ),
            expect=("Stochastic Prediction of Multi-Agent Interactions",),
        ),
        *_each(
            "described",
            FR,
            (
                "moins d'attention avec des convolutions légères et dynamiques",
                "un papier qui remplace l'attention par des convolutions légères ?",
                "convolutions dynamiques et légeres au lieu de l'attention",
                "y a un truc sur les convolutions legeres et dynamiques",
                "les convolutions dynamiques pour faire moins d attention, c'est de qui ?",
            ),
            expect=("Pay Less Attention with Lightweight and Dynamic Convolutions",),
        ),
        *_each(
            "described",
            ES,
            (
                "pequeñas no linealidades en funciones de activacion crean malos minimos locales",
                "hay algo de minimos locales malos por funciones de activación no lineales?",
                "el paper de los malos mínimos locales y las no linealidades pequeñas",
                "funciones de activacion con pequeñas no linealidades y minimos locales",
                "algun trabajo sobre minimos locales malos en redes neuronales por la activacion",
            ),
            expect=("Small nonlinearities in activation functions create bad local minima",),
        ),
        *_each(
            "described",
            ZH,
            (
                "用近似策略迭代解魔方的那篇",
                "有没有用强化学习还原魔方的论文",
                "近似策略迭代 魔方",
                "解魔方的论文是谁写的",
                "求解魔方 策略迭代",
            ),
            expect=("Solving the Rubik's Cube with Approximate Policy Iteration",),
        ),
    )


async def test_who_opens_the_next_day_is_asked_in_each_language(
    store: Store, database_url: str
) -> None:
    """Asked on Monday evening, the first talk of Tuesday is Shuckburgh's invited talk at 9:00:
    'first' and 'opens' are said in each language's own words."""
    opens = {"now": MONDAY_EVENING, "expect": ("Shuckburgh", "09:00")}
    await asked(
        store,
        database_url,
        *_each(
            "first",
            DE,
            (
                "wer ist morgen der erste sprecher?",
                "wer eröffnet morgen früh",
                "wer redet morgen als erstes",
                "erster vortrag morgen, wer?",
                "morgen früh der erste talk ist von wem",
            ),
            **opens,
        ),
        *_each(
            "first",
            FR,
            (
                "c'est qui le premier orateur demain ?",
                "qui ouvre demain matin",
                "le premier talk de demain c'est qui",
                "demain qui passe en premier ?",
                "premiere conf demain matin, c qui",
            ),
            **opens,
        ),
        *_each(
            "first",
            ES,
            (
                "quien es el primer ponente mañana?",
                "quien abre mañana por la mañana",
                "la primera charla de mañana de quien es",
                "mañana quien habla primero?",
                "primer talk de mañana q es",
            ),
            **opens,
        ),
        *_each(
            "first",
            ZH,
            (
                "明天第一个讲的是谁",
                "明早第一场报告是谁",
                "明天谁第一个上台",
                "明天上午最早的演讲是谁讲",
                "明天开场的是谁",
            ),
            **opens,
        ),
    )
