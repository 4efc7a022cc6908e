"""What the commands of every feature share: the context and the window they act for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

from relations_app.context import AppContext
from relations_app.i18n import translate
from relations_app.ui.message_box import question


class FeatureCommands(QObject):
    """People, journal, values, files: each a subclass; widgets only call them."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def plain_file_ok(self, what: str) -> bool:
        """Before writing a plain file (an export, a PDF) from an encrypted
        journal: say so, and let the user stop."""
        if self.ctx.services.store.open_key is None:
            return True
        return question(
            self.window,
            what,
            # translate, not self.tr: the subclass's name would be the context
            translate(
                "Encryption",
                "Your journal is encrypted, but this file will not be: anyone who can open "
                "it can read everything in it. Keep it somewhere safe, and delete it when "
                "you no longer need it. Write it all the same?",
            ),
        )

    def start_folder(self) -> str:
        """Where a file dialog opens: the folder last used, else Documents."""
        last = self.ctx.settings.last_folder
        if last and Path(last).is_dir():
            return last
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def remember_folder(self, path: str) -> None:
        self.ctx.settings.last_folder = str(Path(path).parent)
