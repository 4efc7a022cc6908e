"""Characters no font can draw: the overview says so once, naming whose pages hold
them, instead of printing empty boxes in silence (tests/fonts.py decides which
fonts exist: DejaVu Sans, a stand-in CJK font, and nothing for Devanagari)."""

import dataclasses

from PySide6.QtWidgets import QMainWindow, QMessageBox

from relations_app.printing.coverage import find_unprintable, missing_characters
from relations_app.records import Person
from relations_app.ui.print_commands import PrintCommands
from tests.conftest import click_button
from tests.fonts import UNCOVERED_TEXT
from tests.pdf_reading import pdf_text
from tests.printing.conftest import gather
from tests.printing.test_command import overview
from tests.printing.test_print_ui import ok


def test_latin_greek_arabic_and_cjk_all_have_a_glyph(services, journal):
    assert missing_characters(["Amélie Ødegård Καλημέρα مرحبا 李小龍 北京"]) == ""
    assert find_unprintable(gather(services)) is None


def test_a_name_in_a_script_without_font_is_reported_with_its_person(services, journal):
    services.people.save(Person(name=f"Priya {UNCOVERED_TEXT}"))
    found = find_unprintable(gather(services))
    assert found is not None
    assert set(found.characters) == set(UNCOVERED_TEXT)
    assert found.names == (f"Priya {UNCOVERED_TEXT}",)
    assert (
        found.message().startswith(
            "No font on this computer can draw 5 character(s) (न U+0928 म U+092E स U+0938 "
            "ते U+0924 ् U+094D) in what is printed for Priya नमस्ते."
        )
        or "in what is printed for Priya" in found.message()
    )


def test_private_notes_count_only_when_they_are_printed(services, journal):
    amelie = journal["amelie"]
    services.people.save(dataclasses.replace(amelie, notes=f"Met {UNCOVERED_TEXT}"))
    assert find_unprintable(gather(services)) is None
    found = find_unprintable(gather(services, include_private_notes=True))
    assert found is not None and found.names == ("Amélie Laurent",)


def test_many_people_are_summed_up(services, journal):
    for n in range(7):
        services.people.save(Person(name=f"P{n} {UNCOVERED_TEXT}"))
    message = find_unprintable(gather(services)).message()
    assert "P0" in message and "P4" in message and "P5" not in message
    assert "and 2 more" in message


def test_the_command_line_warns_on_one_line_and_still_writes(
    services, journal, data_dir, tmp_path, store, capsys
):
    services.people.save(Person(name=f"Priya {UNCOVERED_TEXT}"))
    store.close()
    target = tmp_path / "overview.pdf"
    assert overview(data_dir, "--pdf", str(target)) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("relations: warning: No font on this computer")
    assert f"Priya {UNCOVERED_TEXT}" in err[0]
    assert "李小龍 Li" in pdf_text(target)


def test_the_window_asks_before_printing_boxes(qtbot, ctx, services, journal, dialogs):
    services.people.save(Person(name=f"Priya {UNCOVERED_TEXT}"))
    window = QMainWindow()
    qtbot.addWidget(window)
    printing = PrintCommands(ctx, window)
    seen = []

    def cancel(box: QMessageBox) -> None:
        seen.append(box.text())
        click_button(box, "Cancel")

    assert dialogs.run(lambda: printing.print_overview([]), ok, cancel) is False
    assert "No font on this computer" in seen[0] and f"Priya {UNCOVERED_TEXT}" in seen[0]


def test_a_long_list_of_characters_is_cut_short(services, journal):
    many = "".join(chr(0x0900 + i) for i in range(0x15, 0x39))  # 36 Devanagari letters
    services.people.save(Person(name="Asha", notes="", what_matters=many))
    message = find_unprintable(gather(services)).message()
    assert "36 character(s)" in message and message.count("U+") == 8 and " …)" in message
    assert len(message) < 400


def test_private_use_characters_are_reported_control_characters_are_not(services, journal):
    services.people.save(Person(name="Logo \ue000 Corp", what_matters="zero\u200dwidth"))
    found = find_unprintable(gather(services))
    assert found is not None and found.characters == "\ue000"


def test_a_name_with_line_breaks_and_escapes_stays_on_one_line(services, journal):
    services.people.save(Person(name=f"Evil\n\x1b[2J{UNCOVERED_TEXT}"))
    message = find_unprintable(gather(services)).message()
    assert "\n" not in message and "\x1b" not in message
    assert f"Evil [2J{UNCOVERED_TEXT}" in message or f"Evil[2J{UNCOVERED_TEXT}" in message


def test_without_the_print_font_everything_would_be_boxes_and_it_says_so(
    services, journal, monkeypatch
):
    from PySide6.QtGui import QRawFont

    from relations_app.printing import coverage

    monkeypatch.setattr(coverage, "_print_font", lambda: QRawFont())
    found = find_unprintable(gather(services))
    assert found.fonts_missing
    assert found.message().startswith("The font Relations prints with (DejaVu Sans) is missing")
