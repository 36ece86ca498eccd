"""Chat questions in German, French, Spanish and Chinese: the language told from the words, the
words read through each language's catalogue, and the asker's text echoed as typed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.chat.catalogue import reader
from bot.chat.glossary import glossaries
from bot.chat.language import Echo
from bot.chat.reading import Asks, in_english
from bot.chat.when import Part, named_times
from bot.domain.text import fold
from bot.domain.vocabulary import Sense, Term, Vocabulary
from bot.i18n.languages import Language


@pytest.mark.parametrize(
    ("asked", "language"),
    [
        ("wann ist die keynote morgen?", Language.GERMAN),
        ("was läuft grad?", Language.GERMAN),
        ("c quand le poster many consistent explanations", Language.FRENCH),
        ("y por la tarde?", Language.SPANISH),
        ("明天上午有什么主题演讲？", Language.CHINESE),
        ("what was the keynote yesterday", Language.ENGLISH),
        ("the lottery ticket hypothesis", Language.ENGLISH),
        ("Neural Ordinary Differential Equations", Language.ENGLISH),
        ("posters monday", Language.ENGLISH),
        ("papers tuesday afternoon", Language.ENGLISH),
        ("posters lunes", Language.SPANISH),
        ("openreview seite von slalom?", Language.GERMAN),
        ("github link fuer episodic curiosity?", Language.GERMAN),
        ("le repo github de leap (transferring knowledge machin)", Language.FRENCH),
    ],
)
def test_the_language_is_told_from_the_words_and_names_alone_stay_english(
    asked: str, language: Language
) -> None:
    assert in_english(asked)[1] is language


def test_a_title_in_english_does_not_outweigh_the_askers_own_words() -> None:
    title = "rethinking the value of network pruning"
    assert in_english(f"résume-moi {title}")[1] is Language.ENGLISH  # "the", "of" outnumber
    names = Vocabulary([(title, Term(Sense.PAPER, "rethinking"))])
    assert in_english(f"résume-moi {title}", names)[1] is Language.FRENCH


@pytest.mark.parametrize(
    ("asked", "day", "part", "offset"),
    [
        ("keynotes übermorgen nachmittag?", "day after tomorrow", Part.AFTERNOON, None),
        ("wer hält die keynote nach dem mittagessen", None, Part.AFTER_LUNCH, None),
        ("in ner stunde was los?", None, None, timedelta(hours=1)),
        ("c'était qui la keynote hier matin", "yesterday", Part.MORNING, None),
        ("dans 2h il se passe quoi", None, None, timedelta(hours=2)),
        ("mañana por la tarde qué posters hay", "tomorrow", Part.AFTERNOON, None),
        ("dentro de una hora qué hay", None, None, timedelta(hours=1)),
        ("明天下午有什么", "tomorrow", Part.AFTERNOON, None),
        ("一个小时后有什么", None, None, timedelta(hours=1)),
        ("5月7日有什么", "7 may", None, None),
        ("on a quoi après le déj ?", None, Part.AFTER_LUNCH, None),
        ("demain avant midi, saal one, programme ?", "tomorrow", Part.MORNING, None),
        ("午饭前有什么", None, Part.MORNING, None),
    ],
)
def test_times_in_each_language_are_read_by_the_one_reader(
    asked: str, day: str | None, part: Part | None, offset: timedelta | None
) -> None:
    named = named_times(in_english(asked)[0])
    assert (named.day, named.part, named.offset) == (day, part, offset)


@pytest.mark.parametrize(
    ("asked", "asks"),
    [
        ("wo kann ich mir slalom anschauen", Asks.WHERE),
        ("qui a écrit ce papier", Asks.WHO),
        ("cuantos orales hay", Asks.COUNT),
        ("goodfellow 的演讲几点", Asks.WHEN),
    ],
)
def test_question_words_in_each_language(asked: str, asks: Asks) -> None:
    folded = in_english(asked)[0]
    assert reader().asks[asks.name.lower()].search(folded)


@pytest.mark.parametrize(
    ("asked", "searched"),
    [
        ("gibts was zu proteinfaltung", "protein folding"),
        ("neugier-getriebene exploration beim RL", "curiosity-driven exploration"),
        ("un truc sur la reconnaissance de la parole ??", "speech recognition"),
        ("des papiers sur l'apprentissage non supervisé", "unsupervised learning"),
        ("algo de ordenadores cuánticos", "quantum computers"),
        ("charlas sobre votar por internet", "internet voting"),
        ("有语音识别的论文吗", "speech recognition"),
        ("有给小朋友的节目吗", "kids"),
    ],
)
def test_a_topic_in_the_askers_words_is_searched_in_the_programmes_english(
    asked: str, searched: str
) -> None:
    assert searched in in_english(asked)[0]


def test_german_typed_without_umlauts_reads_as_with_them() -> None:
    assert (
        in_english("was kommt als naechstes fuer mich")[0]
        == in_english("was kommt als nächstes für mich")[0]
    )


def test_chinese_is_cut_into_words_by_the_catalogue_and_by_names_in_other_scripts() -> None:
    assert (
        in_english("有关于强化学习的海报吗")[0] == "is there about reinforcement learning poster ?"
    )
    assert in_english("katzenpost的讲座在哪")[0] == "katzenpost talk where"
    assert in_english("有关于区块链的论文吗")[0] == "is there about blockchain papers ?"


def test_an_echo_shows_the_words_as_typed_though_folding_would_change_them() -> None:
    typed = "ポスターはどこ? über Fußball"
    assert fold("ポスター") != "ポスター"
    echo = Echo(typed)
    assert echo.shown(fold("ポスター")) == "ポスター"
    assert echo.shown("uber fussball") == "über Fußball"
    assert echo.shown("football") == "football"


def test_every_catalogue_names_its_language_and_reads_its_filler_as_nothing() -> None:
    found = {catalogue.locale for catalogue in glossaries()}
    assert found == {"de", "fr", "es-ES", "zh-CN"}
    for catalogue in glossaries():
        assert catalogue.phrases
        assert catalogue.marks
        Language(catalogue.locale)


@pytest.mark.parametrize("asked", ["active learning posters?", "posters on domain adaptation?"])
def test_english_with_loan_words_stays_english(asked: str) -> None:
    """'posters' is said alike in every language: it makes no question another language's."""
    assert in_english(asked)[1] is Language.ENGLISH


@pytest.mark.parametrize(
    "asked",
    [
        "papers on optimizing molecules?",
        "conference dates?",
        "anything about proteins or molecules",
        "dates of the conference pls",
        "session on optimization today?",
    ],
)
def test_english_sharing_words_with_a_catalogue_stays_english(asked: str) -> None:
    """A word another catalogue reads as the same English word ('molecules', 'conference')
    is English too: it makes no question French or Spanish."""
    assert in_english(asked)[1] is Language.ENGLISH


def test_a_speakers_name_like_a_spelt_out_word_stays_english() -> None:
    """'schoen' is a speaker's name before it is a spelt-out 'schön'."""
    names = Vocabulary([("schoen", Term(Sense.PERSON, "Schoen"))])
    assert in_english("schoen talks", names)[1] is Language.ENGLISH
    assert in_english("talks fuer schoen", names)[1] is Language.GERMAN


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("把网络用蒸馏压缩一下的论文", "network distillation compression papers"),
        ("把先验塞进网络里的那篇", "prior network"),
    ],
)
def test_chinese_is_read_into_english_without_the_characters_left_between_phrases(
    asked: str, read: str
) -> None:
    """A single character between phrases the catalogue read ('把', '里') is a particle or a
    piece of a verb: searched, it would match nothing and leave a paper unfound."""
    assert in_english(asked)[0] == read
