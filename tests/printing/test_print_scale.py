"""Printing a journal of years: the options say what a choice covers, long work
runs behind a progress dialog with Cancel, a choice too long to preview becomes
a PDF, and Cancel leaves no half-written file. Driven through the real dialogs."""

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from relations_app.printing.overview_document import CIRCLE_NAMES_LIMIT
from relations_app.printing.pdf import write_pdf
from relations_app.records import Circle, Person
from relations_app.services.overview import Layout, OverviewChoices, OverviewService
from relations_app.ui import print_commands, print_options_dialog, work
from relations_app.ui.print_commands import PrintCommands
from relations_app.ui.print_options_dialog import PrintOptionsDialog
from tests.conftest import TODAY, plain
from tests.pdf_reading import pdf_pages, pdf_text
from tests.printing.conftest import gather

SIZES = {Circle.INNER: 3, Circle.CLOSE: 1200, Circle.WIDER: 0, Circle.ACQUAINTANCE: 1}


@pytest.fixture
def options(qtbot):
    def make(selected=("Ana", "Bo"), preview=True) -> PrintOptionsDialog:
        dialog = PrintOptionsDialog(
            None, OverviewChoices(), 90, list(selected), TODAY, SIZES, preview=preview
        )
        qtbot.addWidget(dialog)
        return dialog

    return make


def ok_button(dialog: PrintOptionsDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def no_preview(*args):
    raise AssertionError("a print preview was opened")


def test_the_options_say_how_many_people_and_pages_as_choices_change(options):
    dialog = options()
    assert dialog.reach.text() == "This covers 1,204 people. About 1,205 pages."
    dialog.one_circle.click()
    dialog.circle.setCurrentIndex(dialog.circle.findData(Circle.INNER.value))
    assert dialog.reach.text() == "This covers 3 people. About 4 pages."
    dialog.circle.setCurrentIndex(dialog.circle.findData(Circle.ACQUAINTANCE.value))
    assert dialog.reach.text() == "This covers 1 person. About 2 pages."
    dialog.circle.setCurrentIndex(dialog.circle.findData(Circle.WIDER.value))
    assert dialog.reach.text() == "No one to print with this choice."
    dialog.compact.click()
    dialog.chosen.click()
    assert dialog.reach.text() == "This covers 2 people."  # no page count when compact


def test_the_counts_are_french_in_french(french, options):
    dialog = options()
    # thousands apart by a narrow no-break space, as QLocale writes them in French
    text = plain(dialog.reach.text())
    assert text == "Ce choix compte 1\u202f204 personnes. Environ 1\u202f205 pages."
    dialog.one_circle.click()
    dialog.circle.setCurrentIndex(dialog.circle.findData(Circle.ACQUAINTANCE.value))
    assert plain(dialog.reach.text()) == "Ce choix compte 1 personne. Environ 2 pages."


def test_too_many_pages_to_preview_turns_continue_into_save_as_pdf(options):
    dialog = options()
    assert dialog.saves_pdf() and dialog.too_long.isVisibleTo(dialog)
    assert plain(ok_button(dialog).text()) == "Save as PDF…"
    dialog.chosen.click()  # two people: the preview is quick
    assert not dialog.saves_pdf() and not dialog.too_long.isVisibleTo(dialog)
    assert plain(ok_button(dialog).text()) == "Continue…"
    dialog.everyone.click()
    dialog.compact.click()  # compact: about a third of a page each, still too long
    assert dialog.saves_pdf()


def test_exporting_a_pdf_is_never_steered(options):
    dialog = options(preview=False)
    assert not dialog.saves_pdf() and not dialog.too_long.isVisibleTo(dialog)
    assert plain(ok_button(dialog).text()) == "Continue…"
    assert dialog.reach.text() == "This covers 1,204 people. About 1,205 pages."


def test_the_estimate_is_the_page_count_of_a_small_journal(printing, journal, dialogs):
    seen = {}

    def look(dialog: PrintOptionsDialog):
        seen["reach"] = dialog.reach.text()
        ok_button(dialog).click()

    def preview(dialog: QPrintPreviewDialog):
        seen["pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.reject()

    dialogs.run(lambda: printing.print_overview([]), look, preview)
    assert seen == {"reach": "This covers 3 people. About 4 pages.", "pages": 4}


def test_circle_sizes_leave_archived_people_out(services, journal):
    services.people.set_archived(journal["yusuf"].id, True)
    sizes = OverviewService(services).circle_sizes()
    assert sizes == {Circle.INNER: 1, Circle.CLOSE: 1, Circle.WIDER: 0, Circle.ACQUAINTANCE: 0}


def test_a_choice_too_long_to_preview_is_written_as_a_pdf(
    printing, journal, dialogs, monkeypatch, tmp_path
):
    monkeypatch.setattr(print_options_dialog, "PREVIEW_PAGE_LIMIT", 3)  # the journal takes 4
    monkeypatch.setattr(print_commands, "QPrintPreviewDialog", no_preview)
    target = tmp_path / "overview.pdf"
    monkeypatch.setattr(
        print_commands.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )
    seen = {}

    def choose(dialog: PrintOptionsDialog):
        seen["button"] = plain(ok_button(dialog).text())
        seen["warned"] = dialog.too_long.isVisibleTo(dialog)
        ok_button(dialog).click()

    assert dialogs.run(lambda: printing.print_overview([]), choose) is True
    assert seen == {"button": "Save as PDF…", "warned": True}
    assert pdf_pages(target) == 4 and "Amélie Laurent" in pdf_text(target)


def cancel_when_shown(printing: PrintCommands, label: str) -> None:
    """Once the progress dialog saying ``label`` shows, press its Cancel button
    (polled from the event loop: the command is still running its dialogs)."""

    def poll() -> None:
        box = printing.work.last_box
        if box is not None and box.isVisible() and box.labelText().startswith(label):
            box.findChild(QPushButton).click()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def slowly(step, seconds: float):
    """Each step a moment long, so the progress dialog shows and Cancel can be pressed."""

    def slow(done: int, total: int) -> None:
        time.sleep(seconds)
        step(done, total)

    return slow


def test_cancel_while_gathering_prints_nothing(printing, journal, dialogs, monkeypatch):
    monkeypatch.setattr(work, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(print_commands, "QPrintPreviewDialog", no_preview)
    real_gather = OverviewService.gather

    def endless_gather(self, choices, today, step):
        for _ in range(1000):  # 20 s unless Cancel stops it
            slowly(step, 0.02)(0, 7)
        return real_gather(self, choices, today, step)

    monkeypatch.setattr(OverviewService, "gather", endless_gather)

    def choose(dialog: PrintOptionsDialog):
        ok_button(dialog).click()
        cancel_when_shown(printing, "Gathering the overview")

    started = time.monotonic()
    assert dialogs.run(lambda: printing.print_overview([]), choose) is False
    assert time.monotonic() - started < 15  # stopped by Cancel, not by the loop's end
    assert not printing.work.busy


def test_cancel_while_writing_leaves_the_older_pdf_as_it_was(
    printing, journal, dialogs, monkeypatch, tmp_path
):
    monkeypatch.setattr(work, "SHOW_AFTER_MS", 0)
    target = tmp_path / "out" / "overview.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF an older overview")
    monkeypatch.setattr(
        print_commands.QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )
    pages_painted = []

    def slow_write(data, path, painted):
        def counted(done, total):
            pages_painted.append(done)
            painted(done, total)

        return write_pdf(data, path, painted=slowly(counted, 0.2))

    monkeypatch.setattr(print_commands, "write_pdf", slow_write)

    def choose(dialog: PrintOptionsDialog):
        ok_button(dialog).click()
        cancel_when_shown(printing, "Writing the overview")

    assert dialogs.run(lambda: printing.export_overview_pdf([]), choose) is None
    assert max(pages_painted) < 4  # stopped before the last page
    assert target.read_bytes() == b"%PDF an older overview"
    assert list(target.parent.iterdir()) == [target]  # no .part left
    assert printing.window.statusBar().currentMessage() == "Cancelled: no PDF was written."


class StopAt:
    """Raises at page ``last``, as Cancel does."""

    def __init__(self, last: int) -> None:
        self.last = last

    def __call__(self, done: int, total: int) -> None:
        if done >= self.last:
            raise KeyboardInterrupt


def test_write_pdf_stopped_midway_leaves_nothing(services, journal, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyboardInterrupt):
        write_pdf(gather(services), folder / "overview.pdf", painted=StopAt(2))
    assert list(folder.iterdir()) == []


def test_a_large_circle_lists_some_names_then_how_many_more(services, tmp_path):
    for n in range(CIRCLE_NAMES_LIMIT + 5):
        services.people.save(Person(name=f"Inner {n:03d}", circle=Circle.INNER))
    services.people.save(Person(name="Zoé Close", circle=Circle.CLOSE))
    target = tmp_path / "overview.pdf"
    write_pdf(gather(services, layout=Layout.COMPACT), target)
    summary = pdf_text(target, 1)
    assert f"Inner ({CIRCLE_NAMES_LIMIT + 5})" in summary
    assert f"Inner {CIRCLE_NAMES_LIMIT - 1:03d}" in summary
    assert f"Inner {CIRCLE_NAMES_LIMIT:03d}" not in summary.split("Close (1)")[0]
    assert "and 5 more, on their pages." in summary
    assert "Zoé Close" in summary  # a small circle is listed whole
