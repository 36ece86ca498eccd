"""Replies in the reader's language: each command and error answer, through the offline
Discord, for a person whose Discord client is set to German, French, Spanish or Chinese.
Conference data (titles, rooms, names) is shown as the conference gives it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.offline import OfflineDiscord, OfflineUser
from tests.cogs.conftest import ATTENDEE, only_reply, text_of

LOCALES = ("de", "fr", "es-ES", "zh-CN")


def reader(locale: str) -> OfflineUser:
    return replace(ATTENDEE, locale=locale)


EXPECTED = {
    "now": {
        "de": (
            "ICLR 2019: jetzt und als Nächstes",
            "Vor Ort ist es Dienstag, 7. Mai, 11:30 Uhr (CDT).",
            "Läuft gerade",
        ),
        "fr": (
            "ICLR 2019 : en ce moment et ensuite",
            "Sur place, il est 11:30 (CDT), le mardi 7 mai.",
            "En ce moment",
        ),
        "es-ES": (
            "ICLR 2019: ahora y a continuación",
            "En el lugar son las 11:30 (CDT) del martes, 7 de mayo.",
            "Ahora mismo",
        ),
        "zh-CN": (
            "ICLR 2019：正在进行和接下来",
            "会场现在是 5月7日 星期二 11:30（CDT）。",
            "正在进行",
        ),
    },
    "schedule": {
        "de": ("ICLR 2019 — Dienstag, 7. Mai", "Zeiten vor Ort"),
        "fr": ("ICLR 2019 — mardi 7 mai", "Heures sur place"),
        "es-ES": ("ICLR 2019 — martes, 7 de mayo", "Horas del lugar"),
        "zh-CN": ("ICLR 2019 — 5月7日 星期二", "会场时间为"),
    },
    "paper": {
        "de": ("Autoren", "Wann und wo", "deine Zeit"),
        "fr": ("Auteurs", "Quand et où", "chez vous"),
        "es-ES": ("Autores", "Cuándo y dónde", "en tu hora"),
        "zh-CN": ("作者", "时间和地点", "你的时间"),
    },
    "remind add": {
        "de": (
            "Erinnerung eingerichtet",
            "**alle Hauptvorträge und Debatten**: 10 Minuten vorher, per DM.",
            "Demnächst",
        ),
        "fr": (
            "Rappel enregistré",
            "**toutes les plénières et tous les débats** : 10 minutes avant, par message privé.",
            "À venir",
        ),
        "es-ES": (
            "Recordatorio creado",
            "**todas las plenarias y los debates**: 10 minutos antes, por mensaje directo.",
            "Próximamente",
        ),
        "zh-CN": ("提醒已设置", "**所有主旨演讲和辩论**：提前 10 分钟，通过私信。", "即将到来"),
    },
    "agenda show": {
        "de": ("Deine Agenda — Dienstag, 7. Mai", "Eine DM vor jedem Eintrag bekommen"),
        "fr": ("Votre agenda — mardi 7 mai", "Recevoir un message privé avant chaque élément"),
        "es-ES": (
            "Tu agenda — martes, 7 de mayo",
            "Recibe un mensaje directo antes de cada elemento",
        ),
        "zh-CN": ("你的议程 — 5月7日 星期二", "想在每一项开始前收到私信"),
    },
    "help": {
        "de": (
            "Dein Begleiter für ICLR 2019",
            "**/programm** —",
            "**/erinnern hinzufügen** — Vor Sitzungen erinnert werden",
        ),
        "fr": (
            "Votre compagnon pour ICLR 2019",
            "**/programme** —",
            "**/rappel ajouter** — Recevoir un rappel avant des sessions",
        ),
        "es-ES": (
            "Tu acompañante para ICLR 2019",
            "**/programa** —",
            "**/recordar añadir** — Recibir un aviso antes de las sesiones",
        ),
        "zh-CN": ("你的 ICLR 2019 助手", "**/日程** —", "**/提醒 添加** — 在场次开始前收到提醒"),
    },
}
ENGLISH_LEFT = ("your time", "Venue times", "minutes before", "On now", "Authors", "Your agenda")


async def _reply_text(offline: OfflineDiscord, who: OfflineUser, command: str) -> str:
    if command == "now":
        sent = await offline.slash(who, "now")
    elif command == "schedule":
        sent = await offline.slash(who, "schedule", {"day": "tuesday"})
    elif command == "paper":
        sent = await offline.slash(who, "paper", {"query": "lottery ticket hypothesis"})
    elif command == "remind add":
        sent = await offline.slash(who, "remind add", {"target": "keynotes", "minutes": 10})
    elif command == "agenda show":
        await offline.slash(who, "agenda add", {"target": "Poster session: GANs"})
        sent = await offline.slash(who, "agenda show", {"day": "tuesday"})
    else:
        sent = await offline.slash(who, command)
    return text_of([only_reply(sent)])


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("command", list(EXPECTED))
async def test_each_command_answers_in_the_readers_language(
    offline: OfflineDiscord, command: str, locale: str
) -> None:
    text = await _reply_text(offline, reader(locale), command)
    for phrase in EXPECTED[command][locale]:
        assert phrase in text
    assert [english for english in ENGLISH_LEFT if english in text] == []


ERRORS = {
    "de": (
        "Das hat nicht geklappt",
        "Kein Paper passt zu „zzqxv wvvq“.",
        "„someday“ ist kein Konferenztag, da läuft nichts. "
        "Versuch einen davon: Montag, 6. Mai; Dienstag, 7. Mai",
        "Du hast keine Erinnerung #999.",
        "Deine Agenda ist leer: Füge zuerst Sitzungen mit /agenda hinzufügen hinzu.",
        "Nur Mitglieder mit der Berechtigung „Server verwalten“ können Ankündigungen ändern.",
    ),
    "fr": (
        "Cela n'a pas marché",
        "Aucun article ne correspond à « zzqxv wvvq ».",
        "« someday » n'est pas un jour de la conférence : rien n'est prévu ce jour-là. "
        "Essayez l'un de ceux-ci : lundi 6 mai; mardi 7 mai",
        "Vous n'avez pas de rappel n° 999.",
        "Votre agenda est vide : ajoutez d'abord des sessions avec /agenda ajouter.",
        "Seuls les membres ayant la permission Gérer le serveur peuvent modifier les annonces.",
    ),
    "es-ES": (
        "No ha funcionado",
        "Ningún artículo coincide con «zzqxv wvvq».",
        "«someday» no es un día del congreso: ese día no hay nada. "
        "Prueba uno de estos: lunes, 6 de mayo; martes, 7 de mayo",
        "No tienes ningún recordatorio n.º 999.",
        "Tu agenda está vacía: primero añade sesiones con /agenda añadir.",
        "Solo los miembros con el permiso Gestionar servidor pueden cambiar los anuncios.",
    ),
    "zh-CN": (
        "操作未成功",
        "没有与“zzqxv wvvq”匹配的论文。",
        "“someday”不是会议的日期，那天没有安排。可以试试：5月6日 星期一、5月7日 星期二",
        "你没有编号为 #999 的提醒。",
        "你的议程是空的：请先用 /议程 添加 加入场次。",
        "只有拥有“管理服务器”权限的成员才能更改公告。",
    ),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_error_answers_come_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    who = reader(locale)
    title, no_paper, no_day, no_reminder, empty_agenda, not_admin = ERRORS[locale]
    paper = only_reply(await offline.slash(who, "paper", {"query": "zzqxv wvvq"}))
    assert paper.ephemeral
    assert title in text_of([paper])
    assert no_paper in text_of([paper])
    day = await offline.slash(who, "schedule", {"day": "someday"})
    assert no_day in text_of([only_reply(day)])
    reminder = await offline.slash(who, "remind remove", {"id": 999})
    assert no_reminder in text_of([only_reply(reminder)])
    agenda = await offline.slash(who, "agenda ics")
    assert empty_agenda in text_of([only_reply(agenda)])
    offline.grant_to_everyone("announce")  # a server admin may let anyone see the command
    announce = await offline.slash(who, "announce setup", {"channel": offline.channel_id})
    assert not_admin in text_of([only_reply(announce)])


async def test_an_english_reader_still_gets_english(offline: OfflineDiscord) -> None:
    text = await _reply_text(offline, reader("en-GB"), "now")
    assert "ICLR 2019: on now and next" in text
    assert "At the venue it is 11:30 CDT on Tuesday 7 May." in text


async def test_buttons_under_a_paper_speak_the_readers_language_and_so_does_the_click(
    offline: OfflineDiscord,
) -> None:
    german = reader("de")
    answer = only_reply(await offline.slash(german, "paper", {"query": "lottery ticket"}))
    labels = [button["label"] for row in answer.components for button in row["components"]]
    assert labels == ["Auf die Agenda", "Erinnere mich"]
    clicked = text_of([only_reply(await offline.click(german, answer, "Erinnere mich"))])
    assert "Das hat nicht geklappt" in clicked  # its poster session is on already
    assert "hat schon begonnen: Es gibt nichts mehr zu erinnern." in clicked


async def test_putting_a_session_on_the_agenda_is_confirmed_in_the_readers_language(
    offline: OfflineDiscord,
) -> None:
    french = reader("fr")
    added = await offline.slash(french, "agenda add", {"target": "Poster session: GANs"})
    text = text_of([only_reply(added)])
    assert "Ajouté à votre agenda : Poster session: GANs" in text
    assert "/agenda afficher montre votre journée." in text
    again = text_of(
        [only_reply(await offline.slash(french, "agenda add", {"target": "Poster session: GANs"}))]
    )
    assert "Il y était déjà : rien n'a changé." in again


async def test_agenda_settings_answer_in_the_readers_language(offline: OfflineDiscord) -> None:
    german = reader("de")
    await offline.slash(german, "agenda add", {"target": "Poster session: GANs"})
    reminded = text_of([only_reply(await offline.slash(german, "agenda remind", {"minutes": 15}))])
    assert "Agenda-Erinnerungen: 15 Minuten vorher" in reminded
    cleared = only_reply(await offline.slash(german, "agenda clear"))
    assert cleared.content == "Agenda geleert: 1 Eintrag entfernt."


async def test_the_reminder_list_and_its_removal_speak_the_readers_language(
    offline: OfflineDiscord,
) -> None:
    chinese = reader("zh-CN")
    await offline.slash(chinese, "remind add", {"target": "keynotes", "minutes": 10})
    listed = text_of([only_reply(await offline.slash(chinese, "remind list"))])
    assert "**所有主旨演讲和辩论** · 提前 10 分钟 · 通过私信" in listed
    assert "用 /提醒 移除 编号:<编号> 移除一条" in listed
    removed = only_reply(await offline.slash(chinese, "remind remove", {"id": 1}))
    assert removed.content == "已移除提醒 #1：所有主旨演讲和辩论。"
