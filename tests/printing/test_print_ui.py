"""The options dialog and the print commands, driven through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from relations_app.records import Circle
from relations_app.services.overview import Layout, Who
from relations_app.ui import print_commands
from relations_app.ui.print_options_dialog import PrintOptionsDialog
from tests.conftest import TODAY, click_button, plain
from tests.pdf_reading import pdf_pages, pdf_text


def ok(dialog: PrintOptionsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_defaults_everyone_90_days_one_page_each_no_notes(printing, journal, dialogs):
    seen = {}

    def look(dialog: PrintOptionsDialog):
        seen.update(
            everyone=dialog.everyone.isChecked(),
            chosen=dialog.chosen.isEnabled(),
            days=dialog.period.value(),
            since=plain(dialog.since_label.text()),
            per_person=dialog.per_person.isChecked(),
            notes=dialog.notes.isChecked(),
            circle=dialog.circle.isEnabled(),
        )
        dialog.reject()

    assert dialogs.run(lambda: printing.print_overview([]), look) is False
    assert seen == {
        "everyone": True,
        "chosen": False,
        "days": 90,
        "since": "since 18 Mar 2026",
        "per_person": True,
        "notes": False,
        "circle": False,
    }


def test_choices_made_in_the_dialog_persist(printing, journal, dialogs, qtbot, ctx):
    def choose(dialog: PrintOptionsDialog):
        qtbot.mouseClick(dialog.one_circle, Qt.MouseButton.LeftButton)
        dialog.circle.setCurrentIndex(dialog.circle.findText("Close"))
        dialog.period.clear()
        qtbot.keyClicks(dialog.period.lineEdit(), "30")
        dialog.compact.click()
        dialog.notes.click()
        ok(dialog)

    def close_preview(preview: QPrintPreviewDialog):
        preview.reject()

    dialogs.run(lambda: printing.print_overview([]), choose, close_preview)
    settings = ctx.settings
    assert (
        settings.print_who,
        settings.print_circle,
        settings.print_period_days,
        settings.print_layout,
        settings.print_include_notes,
    ) == ("circle", "close", 30, "compact", True)

    def check_loaded(dialog: PrintOptionsDialog):
        seen["state"] = (
            dialog.one_circle.isChecked(),
            dialog.circle.currentText(),
            dialog.period.value(),
            dialog.compact.isChecked(),
            dialog.notes.isChecked(),
        )
        dialog.reject()

    seen = {}
    dialogs.run(lambda: printing.print_overview([]), check_loaded)
    assert seen["state"] == (True, "Close", 30, True, True)


def test_the_selected_people_and_zero_days_mean_all_conversations(printing, journal, dialogs):
    ids = [journal["amelie"].id, journal["li"].id]
    chosen = {}

    def choose(dialog: PrintOptionsDialog):
        assert dialog.chosen.isEnabled() and dialog.chosen.text() == "The 2 &selected people"
        dialog.chosen.click()
        dialog.period.setValue(0)
        assert dialog.period.text() == "all conversations"
        assert dialog.since_label.text() == "however old"
        chosen["choices"] = dialog.choices()
        ok(dialog)

    dialogs.run(lambda: printing.print_overview(ids), choose, lambda preview: preview.reject())
    choices = chosen["choices"]
    assert choices.who is Who.SELECTED and set(choices.person_ids) == set(ids)
    assert choices.since is None and choices.layout is Layout.PER_PERSON


def test_the_preview_shows_the_overview_pages(printing, journal, dialogs):
    seen = {}

    def look(preview: QPrintPreviewDialog):
        widget = preview.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount()
        preview.reject()

    dialogs.run(lambda: printing.print_overview([]), ok, look)
    assert seen["pages"] == 4  # the summary and three people


def test_print_person_presets_them_and_leaves_who_alone(printing, journal, dialogs, ctx):
    ctx.settings.print_who = "circle"
    seen = {}

    def look(dialog: PrintOptionsDialog):
        seen["text"] = dialog.chosen.text()
        seen["checked"] = dialog.chosen.isChecked()
        ok(dialog)

    def preview(dialog: QPrintPreviewDialog):
        seen["pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.reject()

    dialogs.run(lambda: printing.print_person(journal["li"].id), look, preview)
    assert seen == {"text": "Only 李小龍 Li", "checked": True, "pages": 2}
    assert ctx.settings.print_who == "circle"


def test_export_writes_the_pdf_and_says_so(printing, journal, dialogs, tmp_path, monkeypatch, ctx):
    target = tmp_path / "exported"
    monkeypatch.setattr(
        print_commands.QFileDialog,
        "getSaveFileName",
        lambda *args: (str(target), "PDF files (*.pdf)"),
    )
    written = dialogs.run(lambda: printing.export_overview_pdf([]), ok)
    assert written == tmp_path / "exported.pdf"  # the extension is added
    assert pdf_pages(written) == 4 and "Amélie Laurent" in pdf_text(written)
    assert printing.window.statusBar().currentMessage() == (
        f"Wrote the overview (4 pages) to {written}"
    )
    assert ctx.settings.last_folder == str(tmp_path)


def test_export_to_an_unwritable_place_shows_why(printing, journal, dialogs, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(
        print_commands.QFileDialog,
        "getSaveFileName",
        lambda *args: (str(blocker / "overview.pdf"), ""),
    )
    seen = {}

    def warned(box: QMessageBox):
        seen["text"] = box.text()
        click_button(box, "OK")

    assert dialogs.run(lambda: printing.export_overview_pdf([]), ok, warned) is None
    assert seen["text"].startswith(f"The PDF could not be written to {blocker / 'overview.pdf'}:")
    assert blocker.read_text() == ""


def test_a_settings_file_edited_by_hand_does_not_break_printing(ctx):
    ctx.settings.print_who = "nobody"
    ctx.settings.print_layout = "sideways"
    ctx.settings.print_circle = "outer"
    ctx.settings.print_period_days = -5
    choices, days = print_commands.load_choices(ctx.settings, TODAY)
    assert (choices.who, choices.layout, choices.circle, choices.since, days) == (
        Who.EVERYONE,
        Layout.PER_PERSON,
        Circle.INNER,
        None,
        0,
    )


def test_the_dialog_hints_at_privacy_and_needs_a_selection_to_print_it(qtbot):
    from relations_app.services.overview import OverviewChoices

    dialog = PrintOptionsDialog(None, OverviewChoices(), 90, [], TODAY)
    qtbot.addWidget(dialog)
    assert "paper leaves the laptop" in dialog.notes_hint.text()
    assert not dialog.chosen.isEnabled()
