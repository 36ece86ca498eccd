"""Free text from other people's files made fit to show: plain, short, and never holding an
e-mail address."""

from __future__ import annotations

import time

from bot.imports.event_text import link, person, plain_text, shortened, without_emails


def test_html_becomes_plain_text_on_one_line() -> None:
    markup = "<p>Ships &amp; <b>harbours</b></p><ul><li>one</li><li>two</li></ul>"
    assert plain_text(markup) == "Ships & harbours one two"


def test_entities_without_tags_are_decoded() -> None:
    assert plain_text("Fish &amp; chips &#8211; &quot;fresh&quot;") == 'Fish & chips – "fresh"'


def test_markdown_emphasis_links_and_headings_are_dropped() -> None:
    markdown = "## Plan\n**Bold** and _quiet_ words, `code`, [the map](https://map.example/)."
    assert plain_text(markdown) == "Plan Bold and quiet words, code, the map."


def test_underscores_and_stars_inside_words_stay() -> None:
    assert plain_text("call snake_case_name with 2 * 3") == "call snake_case_name with 2 * 3"


def test_e_mail_addresses_leave_the_text() -> None:
    assert "@" not in plain_text("Write to <a href='mailto:ada@example.org'>ada@example.org</a>")
    assert without_emails("ask bob.lee+talks@mail.example.com today") == "ask today"


def test_a_hostile_run_of_letters_is_cleaned_quickly() -> None:
    started = time.perf_counter()
    plain_text("a" * 200_000 + "@")
    assert time.perf_counter() - started < 1


def test_a_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    cut = shortened("word " * 100, 50)
    assert len(cut) <= 50
    assert cut.endswith("word…")
    assert shortened("short", 50) == "short"


def test_a_person_keeps_the_name_and_loses_the_address() -> None:
    assert person("Ines Varga <ines@example.org>") == ("Ines Varga", "speaker")
    assert person("Pia Lund (pia@example.org)", "MODERATOR") == ("Pia Lund", "moderator")
    assert person("noreply@example.org") is None
    assert person("   ") is None


def test_a_role_the_store_does_not_know_is_a_speaker() -> None:
    assert person("Ola Brandt", "CONTRIBUTOR") == ("Ola Brandt", "speaker")


def test_only_absolute_web_addresses_are_links() -> None:
    assert link(" https://harbour.example/talk/1 ") == "https://harbour.example/talk/1"
    assert link("/talk/1") is None
    assert link("javascript:alert(1)") is None
    assert link("https://harbour.example/a b") is None
    assert link("https://harbour.example/" + "x" * 600) is None
    assert link(None) is None
