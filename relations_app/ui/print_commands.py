"""Print the relationship overview: the options, then the preview or a PDF file.

The choices persist in settings (print_*): the next print starts from the last.
Gathering the records and writing a PDF run on a worker behind a progress
dialog with Cancel (2.5 s and 20 s at 10,000 people); the preview, which Qt
paints on the window's thread, is kept to choices of a few hundred pages
(print_options_dialog.PREVIEW_PAGE_LIMIT): beyond, the options steer to a PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import NamedTuple

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from relations_app.context import AppContext
from relations_app.operations.progress import Cancelled, Progress
from relations_app.printing.coverage import Unprintable, find_unprintable
from relations_app.printing.paginate import default_page_layout
from relations_app.printing.pdf import render, write_pdf
from relations_app.records import Circle
from relations_app.resources import load_fonts
from relations_app.services.messages import file_error_cause
from relations_app.services.overview import (
    Layout,
    OverviewChoices,
    OverviewData,
    OverviewService,
    Who,
    since_for,
)
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.message_box import message_box, warning
from relations_app.ui.print_options_dialog import PrintOptionsDialog
from relations_app.ui.work import Work

# The preview opens over most of the screen, its page fitted to the width.
PREVIEW_SHARE_OF_SCREEN = 0.85


class Asked(NamedTuple):
    data: OverviewData
    as_pdf: bool  # the choice was too long to preview: save it as a PDF instead


class PrintCommands(FeatureCommands):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(ctx, window)
        load_fonts()  # the overview's type, registered when printing is first asked for
        self.overview = OverviewService(ctx.services)
        self.work = ctx.runner.work if ctx.runner is not None else Work(window)

    # -- commands ----------------------------------------------------------------
    def print_overview(self, selected_ids: list[int]) -> bool:
        """Options, then a print preview from which the user prints or saves a PDF
        (or, for too many pages to preview, a PDF written directly)."""
        return self._preview_or_pdf(self._ask(selected_ids, self.tr("Print overview")))

    def export_overview_pdf(self, selected_ids: list[int]) -> Path | None:
        """Options, then a file name, then the PDF written directly; the file written."""
        asked = self._ask(selected_ids, self.tr("Export overview as PDF"), preview=False)
        return None if asked is None else self._save_pdf(asked.data)

    def print_person(self, person_id: int) -> bool:
        """The overview of one person: options preset to them, then the preview."""
        return self._preview_or_pdf(
            self._ask([person_id], self.tr("Print this person"), only_them=True)
        )

    # -- steps ---------------------------------------------------------------------
    def _preview_or_pdf(self, asked: Asked | None) -> bool:
        if asked is None:
            return False
        if asked.as_pdf:
            return self._save_pdf(asked.data) is not None
        return self._preview(asked.data)

    def _save_pdf(self, data: OverviewData) -> Path | None:
        path = self._pdf_destination()
        if path is None:
            return None
        return path if self._write_pdf(data, path) else None

    def _ask(
        self, selected_ids: list[int], title: str, only_them: bool = False, preview: bool = True
    ) -> Asked | None:
        """Show the options; gather the overview they describe, or None when cancelled."""
        names = self._names(selected_ids)
        known = [pid for pid in selected_ids if pid in names]
        choices, period_days = load_choices(self.ctx.settings, self.ctx.today())
        choices = dataclasses.replace(choices, person_ids=tuple(known))
        if only_them and known:
            choices = dataclasses.replace(choices, who=Who.SELECTED)
        dialog = PrintOptionsDialog(
            self.window,
            choices,
            period_days,
            [names[p] for p in known],
            self.ctx.today(),
            self.overview.circle_sizes(),
            preview=preview,
        )
        dialog.setWindowTitle(title)
        try:
            if not dialog.exec():
                return None
            chosen, period_days = dialog.choices(), dialog.period_days()
            as_pdf = dialog.saves_pdf()
        finally:
            dialog.deleteLater()  # not one more hidden child of the window per print
        save_choices(self.ctx.settings, chosen, period_days, keep_who=only_them)
        gathered = self._gather(title, chosen)
        if gathered is None:
            return None
        data, missing = gathered
        if missing is not None and not self._print_anyway(title, missing.message()):
            return None
        return Asked(data, as_pdf)

    def _gather(
        self, title: str, chosen: OverviewChoices
    ) -> tuple[OverviewData, Unprintable | None] | None:
        """The records and the characters no font draws, on a worker (seconds at
        thousands of people); None when cancelled or another job runs."""
        if self.work.busy:
            return None
        today = self.ctx.today()

        def job(progress: Progress) -> tuple[OverviewData, Unprintable | None]:
            data = self.overview.gather(chosen, today, step=stepper(progress))
            return data, find_unprintable(data)

        try:
            return self.work.run(title, self.tr("Gathering the overview…"), job, cancellable=True)
        except Cancelled:
            return None

    def _print_anyway(self, title: str, warning: str) -> bool:
        """Some characters have no font: say which, and let the user choose."""
        box = message_box(QMessageBox.Icon.Warning, title, warning, self.window)
        anyway = box.addButton(self.tr("Print anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(anyway)
        box.exec()
        return box.clickedButton() is anyway

    def _names(self, person_ids: list[int]) -> dict[int, str]:
        wanted = set(person_ids)
        return {
            ref.id: ref.name
            for ref in self.ctx.services.people.refs(include_archived=True)
            if ref.id in wanted
        }

    def _preview(self, data: OverviewData) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(default_page_layout())
        printer.setDocName(self.tr("Relationship overview"))
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(self.tr("Print overview"))
        size_preview(preview)
        # the user may change the paper in the preview: lay out again for each request
        preview.paintRequested.connect(lambda device: render(data, device, device.pageLayout()))
        try:
            return bool(preview.exec())
        finally:
            # gone now, while the printer it points to still exists
            shiboken6.delete(preview)

    def _pdf_destination(self) -> Path | None:
        if not self.plain_file_ok(self.tr("Export overview as PDF")):
            return None
        folder = self.ctx.settings.last_folder or str(Path.home())
        name = self.tr("Relationship overview {0}.pdf").format(self.ctx.today().isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export overview as PDF"),
            str(Path(folder) / name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.ctx.settings.last_folder = str(path.parent)
        return path

    def _write_pdf(self, data: OverviewData, path: Path) -> bool:
        """Lay out and paint the pages on a worker: a thousand people take seconds.
        Cancel leaves no file (and an older one of that name as it was)."""
        if self.work.busy:
            return False
        try:
            pages = self.work.run(
                self.tr("Export overview as PDF"),
                self.tr("Writing the overview to {0}…").format(path.name),
                lambda progress: write_pdf(data, path, painted=stepper(progress)),
                cancellable=True,
            )
        except Cancelled:
            self._status(self.tr("Cancelled: no PDF was written."))
            return False
        except OSError as error:
            warning(
                self.window,
                self.tr("Export overview as PDF"),
                self.tr("The PDF could not be written to {0}:\n{1}").format(
                    path, file_error_cause(error) if error.errno else str(error)
                ),
            )
            return False
        self._status(self.tr("Wrote the overview (%Ln pages) to {0}", "", pages).format(path))
        return True

    def _status(self, message: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(message, 8000)


def stepper(progress: Progress):
    """A step callback that moves the progress dialog and stops the work at Cancel."""

    def step(done: int, total: int) -> None:
        if progress.cancelled:
            raise Cancelled
        progress.report(done, total)

    return step


def size_preview(preview: QPrintPreviewDialog) -> None:
    """Most of the screen, the page as wide as the view: readable at once."""
    screen = preview.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        preview.resize(
            int(area.width() * PREVIEW_SHARE_OF_SCREEN),
            int(area.height() * PREVIEW_SHARE_OF_SCREEN),
        )
    view = preview.findChild(QPrintPreviewWidget)
    if view is not None:
        view.fitToWidth()


def load_choices(settings, today: dt.date) -> tuple[OverviewChoices, int]:
    """The last choices, read defensively: a hand-edited settings file must not break printing."""
    period_days = max(0, settings.print_period_days)
    choices = OverviewChoices(
        who=_enum(Who, settings.print_who, Who.EVERYONE),
        circle=_enum(Circle, settings.print_circle, Circle.INNER),
        since=since_for(period_days, today),
        layout=_enum(Layout, settings.print_layout, Layout.PER_PERSON),
        include_private_notes=settings.print_include_notes,
    )
    return choices, period_days


def save_choices(
    settings, choices: OverviewChoices, period_days: int, keep_who: bool = False
) -> None:
    """Remember the choices. Printing one person (keep_who) leaves "who" as it was:
    the next Ctrl+P should not quietly print only the selection."""
    if not keep_who:
        settings.print_who = choices.who.value
    settings.print_circle = choices.circle.value
    settings.print_period_days = period_days
    settings.print_layout = choices.layout.value
    settings.print_include_notes = choices.include_private_notes
    settings.sync()


def _enum(kind, value, default):
    try:
        return kind(value)
    except ValueError:
        return default
