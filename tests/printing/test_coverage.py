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
    assert f"for Priya {UNCOVERED_TEXT})" in found.message()


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
