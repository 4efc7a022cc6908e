"""Export and import the journal as JSON, from the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from relations_app.context import AppContext
from relations_app.services.exchange_format import ExchangeError
from relations_app.services.messages import explain, file_error_cause
from relations_app.storage.errors import StoreError
from relations_app.ui.message_box import question as ask
from relations_app.ui.message_box import warning


class FileCommands(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def _start_folder(self) -> str:
        last = self.ctx.settings.last_folder
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember(self, path: str) -> None:
        self.ctx.settings.last_folder = str(Path(path).parent)

    def export_json(self) -> Path | None:
        suggested = str(
            Path(self._start_folder()) / f"relations-{self.ctx.today().isoformat()}.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export to JSON"), suggested, self.tr("Relations export (*.json)")
        )
        if not path:
            return None
        self._remember(path)
        try:
            self.ctx.services.exchange.export_json(Path(path))
        except OSError as error:
            warning(
                self.window,
                self.tr("Export to JSON"),
                self.tr("Could not write {0}: {1}").format(path, file_error_cause(error)),
            )
            return None
        except StoreError as error:
            warning(self.window, self.tr("Export to JSON"), explain(error))
            return None
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(path), 8000)
        return Path(path)

    def import_json(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from JSON"),
            self._start_folder(),
            self.tr("Relations export (*.json);;All files (*)"),
        )
        if not path:
            return False
        self._remember(path)
        return self.import_path(Path(path))

    def import_path(self, path: Path) -> bool:
        """Read and check the whole file, confirm, then add it in one transaction."""
        exchange = self.ctx.services.exchange
        title = self.tr("Import from JSON")
        try:
            document = exchange.read_json(path)
        except ExchangeError as error:
            warning(
                self.window,
                title,
                self.tr("{0} cannot be imported:\n{1}\n\nNothing was changed.").format(
                    path.name, error
                ),
            )
            return False
        question = self.tr(
            "Add {0} people, {1} conversations and {2} values from {3} to your journal?"
        ).format(len(document.people), len(document.conversations), len(document.values), path.name)
        if not ask(self.window, title, question):
            return False
        try:
            self.ctx.before_risky_operation("import")
            exchange.import_document(document)
        except StoreError as error:
            warning(self.window, title, explain(error) + "\n\n" + self.tr("Nothing was changed."))
            return False
        self.ctx.events.store_replaced.emit()
        return True
