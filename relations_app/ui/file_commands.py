"""Export and import the journal as JSON, from the File menu.

Both run on a worker with a progress dialog: reading and checking a large
file, writing every row of an import, or writing a whole export takes seconds
on a big journal, and the window must keep painting meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from relations_app import operations as ops  # each loads on first use
from relations_app.counted import LABELS
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.message_box import question as ask
from relations_app.ui.message_box import warning

if TYPE_CHECKING:  # the export and import code loads on first use
    from relations_app.services.exchange_format import ImportDocument


class FileCommands(FeatureCommands):
    def export_json(self) -> Path | None:
        if not self.plain_file_ok(self.tr("Export to JSON")):
            return None
        suggested = str(
            Path(self.start_folder()) / f"relations-{self.ctx.today().isoformat()}.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export to JSON"), suggested, self.tr("Relations export (*.json)")
        )
        if not path:
            return None
        self.remember_folder(path)
        return self.export_path(Path(path))

    def export_path(self, path: Path) -> Path | None:
        title = self.tr("Export to JSON")
        exchange = self.ctx.services.exchange
        try:
            self.ctx.runner.work.run(
                title,
                self.tr("Writing your journal to {0}…").format(path.name),
                lambda progress: exchange.export_json(path),
            )
        except FAILURES as error:
            show_failure(self.window, title, error, self.tr("Nothing was exported."))
            return None
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(path), 8000)
        return path

    def import_json(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from JSON"),
            self.start_folder(),
            self.tr("Relations export (*.json);;All files (*)"),
        )
        if not path:
            return False
        self.remember_folder(path)
        return self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Read and check the whole file, confirm, then add it in one transaction
        (after a backup). Cancel while it is written leaves the journal as it was."""
        document = self._read(path)
        if document is None or not self._confirm(document, path):
            return False
        title = self.tr("Import from JSON")
        try:
            self.ctx.runner.run(
                ops.ImportJournal(document, path.name),
                first=lambda: self.ctx.before_risky_operation("import"),
            )
        except ops.Cancelled:
            self.window.statusBar().showMessage(self.tr("Import cancelled: nothing was added."))
            return False
        except FAILURES as error:
            show_failure(self.window, title, error, self.tr("Nothing was changed."))
            return False
        self.window.statusBar().showMessage(
            self.tr("Imported {0}. Edit ▸ Undo (Ctrl+Z) takes it all out again.").format(path.name)
        )
        return True

    def _read(self, path: Path) -> ImportDocument | None:
        from relations_app.services.exchange_format import ExchangeError

        title = self.tr("Import from JSON")
        try:
            return self.ctx.runner.work.run(
                title,
                self.tr("Reading and checking {0}…").format(path.name),
                lambda progress: self.ctx.services.exchange.read_json(path),
            )
        except ExchangeError as error:
            warning(
                self.window,
                title,
                self.tr("{0} cannot be imported:\n{1}\n\nNothing was changed.").format(
                    path.name, error
                ),
            )
            return None

    def _confirm(self, document: ImportDocument, path: Path) -> bool:
        question = self.tr("Add {0}, {1} and {2} from {3} to your journal?").format(
            LABELS.people(len(document.people)),
            LABELS.conversations(len(document.conversations)),
            LABELS.values(len(document.values)),
            path.name,
        )
        return ask(self.window, self.tr("Import from JSON"), question)
