"""The replies that came last to the reader's language, through the offline Discord: /announce,
/events, /calendar, /changes and /privacy; the change notices a re-import sends, in the
server's language in a channel and the person's in a DM; and days typed in any of the bot's
languages in a day option. Conference data (titles, rooms) is shown as the conference gives it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import discord
import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.i18n.languages import language_of
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from bot.offline import OfflineDiscord, OfflineUser
from bot.programme.pictures import day_sheet
from bot.programme.service import day_programme
from bot.programme.timetable import render
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, ORGANISER, StartBot, only_reply, text_of
from tests.datacopy import DataCopy

Venue = Callable[[str], datetime]
LOCALES = ("de", "fr", "es-ES", "zh-CN")
POSTERS = "tue-posters-morning"
TUESDAY = date(2019, 5, 7)


def as_reader(who: OfflineUser, locale: str) -> OfflineUser:
    return replace(who, locale=locale)


async def move_posters(offline: OfflineDiscord, data_copy: DataCopy) -> None:
    """Tuesday morning's poster session moves from 11:00 to 13:00, as a re-import finds."""
    data_copy.set_field(POSTERS, "start", "2019-05-07T13:00:00")
    data_copy.set_field(POSTERS, "end", "2019-05-07T15:00:00")
    bot = offline.bot
    assert isinstance(bot, ConfBot)
    await seed(bot.store.sessions, load_data(data_copy.folder))
    assert await bot.refresh_conferences()


CHANGES = {
    "de": ("Programmänderungen — ICLR 2019", "Poster session: GANs wurde von 11:00 auf 13:00"),
    "fr": ("Changements au programme — ICLR 2019", "Poster session: GANs passe de 11:00 à 13:00"),
    "es-ES": ("Cambios en el programa — ICLR 2019", "Poster session: GANs pasa de 11:00 a 13:00"),
    "zh-CN": ("日程变更 — ICLR 2019", "Poster session: GANs 从 11:00 改到 13:00"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_changes_are_told_in_the_readers_language(
    offline: OfflineDiscord, data_copy: DataCopy, locale: str
) -> None:
    await move_posters(offline, data_copy)
    text = text_of([only_reply(await offline.slash(as_reader(ATTENDEE, locale), "changes"))])
    for phrase in CHANGES[locale]:
        assert phrase in text
    assert "moved from" not in text
    assert "Times are venue time" not in text


PRIVACY = {
    "de": ("Erinnerungs-Abos", "Zustellprotokolle", "Sprache für DMs\nde", "/datenschutz löschen"),
    "fr": ("Abonnements de rappel", "Historique des envois", "Langue des messages privés\nfr"),
    "es-ES": ("Suscripciones a recordatorios", "Idioma de los mensajes directos\nes-ES"),
    "zh-CN": ("提醒订阅", "发送记录", "私信语言\nzh-CN", "`/隐私 删除 确认:True`"),
}
DELETED = {
    "de": "Entfernt: 1 Erinnerungs-Abo, 5 Zustellprotokolle und deine Sprache für DMs.",
    "fr": "Supprimé : 1 abonnement de rappel, 5 traces d'envoi et votre langue des messages "
    "privés.",
    "es-ES": "Eliminado: 1 suscripción a recordatorios, 5 registros de envío y tu idioma de los "
    "mensajes directos.",
    "zh-CN": "已删除：1 条提醒订阅、5 条发送记录和你的私信语言。",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_privacy_shows_and_deletes_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    reader = as_reader(ATTENDEE, locale)
    await offline.slash(reader, "remind add", {"target": "keynotes"})
    shown = text_of([only_reply(await offline.slash(reader, "privacy show"))])
    for phrase in PRIVACY[locale]:
        assert phrase in shown
    assert "Reminder subscriptions" not in shown
    deleted = text_of(
        [only_reply(await offline.slash(reader, "privacy delete", {"confirm": True}))]
    )
    assert DELETED[locale] in deleted


ANNOUNCE = {
    "de": ("Ankündigungen sind an", "erwähnt: niemanden", "Angekündigt werden:", "Nächste"),
    "fr": ("Les annonces sont activées", "mention : personne", "Annonces :", "Prochaines"),
    "es-ES": ("Los anuncios están activados", "menciona a: nadie", "Se anuncian:", "Próximos"),
    "zh-CN": ("公告已开启", "提及：无人", "公告内容：", "接下来的公告"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_announce_answers_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    admin = as_reader(ORGANISER, locale)
    sent = await offline.slash(admin, "announce setup", {"channel": offline.channel_id})
    text = text_of([only_reply(sent)])
    for phrase in ANNOUNCE[locale]:
        assert phrase in text
    assert "Announcements are" not in text
    off = text_of([only_reply(await offline.slash(admin, "announce off"))])
    assert ANNOUNCE[locale][0] not in off
    assert "Announcements are" not in off


EVENTS = {
    "de": ("Events veröffentlicht: Hauptvorträge und Poster · ICLR 2019", "Erstellt: 10"),
    "fr": ("Événements publiés : plénières et posters · ICLR 2019", "Créés : 10"),
    "es-ES": ("Eventos publicados: plenarias y pósteres · ICLR 2019", "Creados: 10"),
    "zh-CN": ("已发布活动：主旨演讲和海报 · ICLR 2019", "已创建：10"),
}


@pytest.fixture
async def events(
    store: Store, clock: ManualClock, database_url: str, start_bot: StartBot
) -> OfflineDiscord:
    """The bot offline, where Discord refuses events that start before the bot's clock."""
    return await start_bot(store, clock, database_url, now=clock.now)


@pytest.mark.parametrize("locale", LOCALES)
async def test_events_answer_in_the_readers_language(events: OfflineDiscord, locale: str) -> None:
    owner = as_reader(events.owner, locale)
    published = text_of([only_reply(await events.slash(owner, "events publish"))])
    for phrase in EVENTS[locale]:
        assert phrase in published
    assert "Created" not in published
    status = text_of([only_reply(await events.slash(owner, "events status"))])
    assert "scheduled event" not in status
    assert "10" in status


ALREADY_OFF = {
    "de": "Ankündigungen sind hier schon aus (mit /ankündigen aus abgeschaltet).",
    "fr": "Les annonces sont déjà désactivées ici (désactivées avec /annonces désactiver).",
    "es-ES": "Los anuncios ya están desactivados aquí (desactivados con /anunciar desactivar).",
    "zh-CN": "这里的公告已经关闭（已通过 /公告 关闭 关闭）。",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_announce_off_when_already_off_gives_its_reason_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    admin = as_reader(ORGANISER, locale)
    await offline.slash(admin, "announce setup", {"channel": offline.channel_id})
    await offline.slash(admin, "announce off")
    again = text_of([only_reply(await offline.slash(admin, "announce off"))])
    assert ALREADY_OFF[locale] in again
    assert "turned off with" not in again


MISSING = {
    "de": "Mir fehlt dort Nachrichten senden und Links einbetten.",
    "fr": "il me manque Envoyer des messages et Intégrer des liens là-bas",
    "es-ES": "me falta Enviar mensajes y Insertar enlaces allí",
    "zh-CN": "我在那里缺少 发送消息和嵌入链接 权限",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_permissions_announce_lacks_are_named_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    denied = discord.Permissions(send_messages=True, embed_links=True)
    channel = offline.add_text_channel("closed", bot_denied=denied)
    admin = as_reader(ORGANISER, locale)
    sent = await offline.slash(admin, "announce setup", {"channel": channel})
    text = text_of([only_reply(sent)])
    assert MISSING[locale] in text
    assert "Send Messages" not in text


REFUSED = {
    "de": "Dem Bot fehlt hier die Berechtigung „Events verwalten“",
    "fr": "le bot n'a pas la permission Gérer les événements ici",
    "es-ES": "al bot le falta aquí el permiso Gestionar eventos",
    "zh-CN": "机器人在这里没有“管理活动”权限",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_what_discord_refused_is_said_in_the_readers_language(
    events: OfflineDiscord, locale: str
) -> None:
    events.faults.inject(route="event", status=403, code=50013, message="Missing Permissions")
    owner = as_reader(events.owner, locale)
    published = text_of([only_reply(await events.slash(owner, "events publish"))])
    events.violations.clear()  # the refusal was Discord's, injected
    assert REFUSED[locale] in published
    assert "Missing Permissions" not in published


CALENDAR = {
    "de": "ICLR 2019: Hauptvorträge, 8 Sitzungen.",
    "fr": "ICLR 2019 : plénières, 8 sessions.",
    "es-ES": "ICLR 2019: plenarias, 8 sesiones.",
    "zh-CN": "ICLR 2019：主旨演讲，共 8 个场次。",
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_calendar_says_what_it_attached_in_the_readers_language(
    offline: OfflineDiscord, locale: str
) -> None:
    admin = as_reader(ORGANISER, locale)
    sent = only_reply(await offline.slash(admin, "calendar", {"kind": "keynote"}))
    assert sent.content == CALENDAR[locale]


NOTICES = {
    "de": ("Programmänderung", "wurde von 11:00 auf 13:00 verlegt", "Zeiten vor Ort"),
    "fr": ("Changement de programme", "passe de 11:00 à 13:00", "Heures sur place"),
}


async def test_a_change_notice_by_dm_is_in_the_language_the_person_last_used(
    offline: OfflineDiscord, data_copy: DataCopy, clock: ManualClock, venue: Venue
) -> None:
    clock.set(venue("2019-05-07T09:00"))
    german = as_reader(ATTENDEE, "de")
    await offline.slash(german, "remind add", {"target": "Poster session: GANs"})
    await move_posters(offline, data_copy)
    await offline.bot.settle()
    notices = [sent for sent in offline.transcript if sent.route == "dm"]
    text = text_of(notices[-1:])
    for phrase in NOTICES["de"]:
        assert phrase in text
    assert "moved from" not in text


async def test_a_change_notice_in_a_channel_is_in_the_servers_language(
    store: Store,
    clock: ManualClock,
    venue: Venue,
    database_url: str,
    data_copy: DataCopy,
    start_bot: StartBot,
) -> None:
    clock.set(venue("2019-05-07T09:00"))
    french_server = await start_bot(store, clock, database_url, guild_locale="fr")
    await french_server.slash(ORGANISER, "announce setup", {"channel": french_server.channel_id})
    await move_posters(french_server, data_copy)
    await french_server.bot.settle()
    posts = [sent for sent in french_server.transcript if sent.route == "channel"]
    text = text_of(posts[-1:])
    for phrase in NOTICES["fr"]:
        assert phrase in text
    assert "moved from" not in text


DAYS_TYPED = {
    "de": ("dienstag", "ICLR 2019 — Dienstag, 7. Mai"),
    "fr": ("mardi", "ICLR 2019 — mardi 7 mai"),
    "es-ES": ("martes", "ICLR 2019 — martes, 7 de mayo"),
    "zh-CN": ("星期二", "ICLR 2019 — 5月7日 星期二"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_day_typed_in_the_readers_language_is_understood(
    offline: OfflineDiscord, locale: str
) -> None:
    typed, title = DAYS_TYPED[locale]
    reader = as_reader(ATTENDEE, locale)
    text = text_of([only_reply(await offline.slash(reader, "schedule", {"day": typed}))])
    assert title in text
    choices = await offline.autocomplete(reader, "schedule", {"day": typed[:4]}, "day")
    assert [(choice["name"], choice["value"]) for choice in choices] == [
        (title.removeprefix("ICLR 2019 — "), "2019-05-07")
    ]


async def test_a_day_in_another_language_than_the_readers_is_understood_too(
    offline: OfflineDiscord,
) -> None:
    english = await offline.slash(ATTENDEE, "schedule", {"day": "mercredi"})
    assert "Wednesday 8 May" in text_of([only_reply(english)])
    shortened = await offline.slash(as_reader(ATTENDEE, "de"), "schedule", {"day": "周四"})
    assert "Donnerstag, 9. Mai" in text_of([only_reply(shortened)])


PICTURES = {
    "de": ("Zeitplan-Bild: ICLR 2019 — Dienstag, 7. Mai", ("jetzt", "Poster"), "Dienstag"),
    "fr": ("Image du programme : ICLR 2019 — mardi 7 mai", ("maintenant",), "mardi"),
    "es-ES": ("Imagen del horario: ICLR 2019 — martes, 7 de mayo", ("ahora",), "martes"),
    "zh-CN": ("日程图：ICLR 2019 — 5月7日 星期二", ("now",), "Tuesday"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_days_picture_is_drawn_and_described_in_the_readers_language(
    offline: OfflineDiscord, clock: ManualClock, locale: str
) -> None:
    """Chinese is described in Chinese but drawn in English: the picture's font has no CJK."""
    alt, legend, drawn_day = PICTURES[locale]
    reader = as_reader(ATTENDEE, locale)
    reply = only_reply(await offline.slash(reader, "schedule", {"day": "tuesday"}))
    upload = reply.files[0]
    assert upload.description is not None
    assert upload.description.startswith(alt)
    conf = offline.bot.conference
    async with offline.bot.store.sessions() as db:
        sessions = await day_programme(db, conf, TUESDAY)
    expected = render(day_sheet(conf, TUESDAY, sessions, clock.now(), language_of(locale)))
    assert upload.data == expected.png
    assert set(legend) <= set(expected.legend)
    assert "now" not in expected.legend or locale == "zh-CN"
    assert drawn_day in day_sheet(conf, TUESDAY, sessions, None, language_of(locale)).title


async def test_published_events_are_described_in_the_servers_language(
    store: Store, clock: ManualClock, database_url: str, start_bot: StartBot
) -> None:
    french_server = await start_bot(store, clock, database_url, now=clock.now, guild_locale="fr")
    await french_server.slash(french_server.owner, "events publish")
    shown = [event["description"] for event in french_server.scheduled_events.events.values()]
    assert shown
    assert all(" · ICLR 2019" in description for description in shown)
    assert any("Thèmes : " in description for description in shown)
    assert not any("Topics: " in description for description in shown)
