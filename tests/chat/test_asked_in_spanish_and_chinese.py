"""Needs put in Spanish and Chinese (and English where the ability is the English reader's),
in wordings of our own: a command only a moderator can run, a direct message before
everything on one's agenda, until when something runs, what follows a speaker's keynote, one
person's papers under two spellings of their name, which of them is an oral, a summary asked
short, how the asker feels said beside a question, a choice between two asked without a
question mark, and a sentence in the asker's language before English words or bare lines."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
EN, ES, ZH = "en-US", "es-ES", "zh-CN"
TUESDAY_MORNING = "2019-05-07T10:00:00-05:00"


async def test_commands_only_moderators_run_are_named_when_asked_about(
    store: Store, database_url: str
) -> None:
    """A member cannot run /events publish or /follow, yet asks which command does it: the
    answer names it (under the permission it needs), in the question's language."""
    await asked(
        store,
        database_url,
        Blind("events-zh", ICLR, "用什么命令可以把海报场次放进服务器活动", locale=ZH,
              expect=("/events publish",), language_words=("管理活动",)),
        Blind("follow-zh", ICLR, "服务器怎么换到别的会议", locale=ZH, expect=("/follow",),
              language_words=("管理服务器",)),
        Blind("follow-en", ICLR, "how do we switch the server over to another conference?",
              expect=("/follow",)),
        Blind("events-en", ICLR, "which command puts the keynotes into discord events?",
              expect=("/events publish",)),
    )  # fmt: skip


async def test_a_direct_message_before_agenda_items_is_asked_in_spanish(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        *(
            Blind(f"dm-es-{n}", ICLR, wording, locale=ES, expect=("/agenda remind",))
            for n, wording in enumerate(
                (
                    "me mandas un privado antes de cada cosa de mi agenda?",
                    "enviame un mensaje privado 10 minutos antes de lo de mi agenda",
                )
            )
        ),
    )


async def test_until_when_something_runs_lists_its_end(store: Store, database_url: str) -> None:
    """Tuesday's lunch runs 13:00-14:30: asked until when, the list says both."""
    ends = {"expect": ("13:00", "14:30")}
    await asked(
        store,
        database_url,
        Blind("end-en", ICLR, "when does lunch end on tuesday?", **ends),
        Blind("end-es", ICLR, "hasta cuándo dura la comida del martes?", locale=ES,
              language_words=("mayo",), **ends),
        Blind("end-zh", ICLR, "周二午饭几点结束", locale=ZH, language_words=("月",), **ends),
    )  # fmt: skip


async def test_what_follows_a_keynote_named_by_its_speaker(store: Store, database_url: str) -> None:
    """Goodfellow's keynote is on Tuesday, 14:30-15:15, and the afternoon orals follow it,
    whichever day it is asked on."""
    follows = {"expect": ("Tuesday afternoon orals",)}
    await asked(
        store,
        database_url,
        Blind("after-en", ICLR, "what is on after goodfellow's keynote?", **follows),
        Blind("after-es", ICLR, "qué viene después de la keynote de goodfellow?", locale=ES,
              **follows),
        Blind("after-zh", ICLR, "Goodfellow 的主题演讲之后有什么", locale=ZH, **follows),
    )  # fmt: skip


async def test_someones_papers_are_found_under_each_spelling_of_their_name(
    store: Store, database_url: str
) -> None:
    """The programme writes 'Zachary C. Lipton', the paper list 'Zachary Lipton': both papers
    are his, and a reply asking which is the oral picks that one."""
    both = ("Active Learning with Partial Feedback", "Superficial Statistics")
    first = Blind("lipton-zh", ICLR, "Lipton 的论文有哪些", locale=ZH, expect=both)
    await asked(
        store,
        database_url,
        Blind("lipton-es", ICLR, "cuantos papers tiene zachary lipton?", locale=ES, expect=both),
        first,
        Blind("oral-zh", ICLR, "那几篇里哪篇是 oral", locale=ZH, reply_to=first.id,
              expect=("Superficial Statistics",), forbid=("Partial Feedback",)),
    )  # fmt: skip


async def test_spanish_small_words_around_a_question_ask_nothing(
    store: Store, database_url: str
) -> None:
    """'Justo' before a moment, a summary asked short, a verb carrying its pronouns and how
    the asker feels: the question is answered as if they were not said."""
    paper = Blind("ticket", ICLR, "el paper de la hipotesis del billete de loteria", locale=ES)
    await asked(
        store,
        database_url,
        Blind("lunch-after", ICLR, "quién habla justo después de comer el martes?", locale=ES,
              expect=("Goodfellow",)),
        Blind("hungry", ICLR, "tengo hambre, a que hora es la comida del miercoles?",
              locale=ES, expect=("13:00",), now=TUESDAY_MORNING),
        paper,
        Blind("short", ICLR, "resúmelo en pocas palabras", locale=ES, reply_to=paper.id,
              expect=("prun",)),
    )  # fmt: skip


async def test_which_of_someones_papers_is_an_oral_is_asked_as_a_reply(
    store: Store, database_url: str
) -> None:
    """Of Duvenaud's three papers, FFJORD is the oral: a reply asking which one is answered
    with it alone."""
    theirs = Blind("duvenaud", ICLR, "qué papers tiene duvenaud?", locale=ES)
    await asked(
        store,
        database_url,
        theirs,
        Blind("which-oral", ICLR, "cuál de esos es oral?", locale=ES, reply_to=theirs.id,
              expect=("FFJORD",), forbid=("Counterfactual",)),
    )  # fmt: skip


async def test_a_choice_between_two_is_a_question_in_chinese(
    store: Store, database_url: str
) -> None:
    """'A 还是 B' asks, with no question mark: Goodfellow's keynote is in Great Hall AD."""
    keynote = Blind("goodfellow", ICLR, "Goodfellow 的主题演讲是几点", locale=ZH)
    await asked(
        store,
        database_url,
        keynote,
        Blind("hall", ICLR, "在大厅 AD 还是 BC 呢", locale=ZH, reply_to=keynote.id,
              expect=("Great Hall AD",)),
    )  # fmt: skip


async def test_answers_in_english_words_open_with_a_sentence_in_the_askers_language(
    store: Store, database_url: str
) -> None:
    """The conference's own notes are English, and a list is bare lines: a Spanish or Chinese
    reader is first told, in their language, what follows."""
    await asked(
        store,
        database_url,
        Blind("noted-es", ICLR, "en cada sesión, aproximadamente cuántos pósters se cuelgan?",
              locale=ES, expect=("70",), language_words=("datos",)),
        Blind("listed-zh", ICLR, "周二有哪些主题演讲", locale=ZH, expect=("共有 2 场",)),
        Blind("listed-es", ICLR, "qué keynotes hay el martes?", locale=ES,
              expect=("Hay 2 sesiones",)),
    )  # fmt: skip
