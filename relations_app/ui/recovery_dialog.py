"""What the user sees when the journal file is damaged: what happened, where
the damaged file was kept, and the way back."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from relations_app import APP_NAME
from relations_app.labels import format_date
from relations_app.resources import app_icon
from relations_app.storage.backups import BackupInfo


class Recovery(Enum):
    RESTORE = auto()
    START_EMPTY = auto()
    USE_AS_IS = auto()
    QUIT = auto()


class RecoveryDialog(QMessageBox):
    def __init__(
        self,
        problem: str,
        kept: Path | None,
        backup: BackupInfo | None,
        lost_wal: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setIcon(QMessageBox.Icon.Warning)
        if lost_wal:
            self.setText(
                self.tr(
                    "Relations did not close properly last time, and its most recent "
                    "changes are missing from the journal file."
                )
            )
        else:
            self.setText(self.tr("Your journal file is damaged, so Relations cannot open it."))
        details = [self.tr("What was found: {0}").format(problem)]
        if kept is not None:
            details.append(
                self.tr("Nothing was deleted: the file was kept aside as\n{0}").format(kept)
            )
        if backup is not None:
            details.append(
                self.tr("The newest good backup is from {0} at {1}.").format(
                    format_date(backup.taken_at.date()), backup.taken_at.strftime("%H:%M")
                )
            )
        else:
            details.append(self.tr("No good backup was found."))
        self.setInformativeText("\n\n".join(details))
        self._choices: dict = {}
        if backup is not None:
            self._add(
                self.tr("Restore the backup of {0}").format(format_date(backup.taken_at.date())),
                QMessageBox.ButtonRole.AcceptRole,
                Recovery.RESTORE,
                default=True,
            )
        if lost_wal:
            self._add(
                self.tr("Use the file as it is"),
                QMessageBox.ButtonRole.ActionRole,
                Recovery.USE_AS_IS,
            )
        self._add(
            self.tr("Start an empty journal"),
            QMessageBox.ButtonRole.ActionRole,
            Recovery.START_EMPTY,
        )
        self._add(
            self.tr("Quit"),
            QMessageBox.ButtonRole.RejectRole,
            Recovery.QUIT,
            default=backup is None,
        )

    def _add(self, text: str, role, choice: Recovery, default: bool = False) -> None:
        button = self.addButton(text, role)
        self._choices[button] = choice
        if default:
            self.setDefaultButton(button)
        if choice is Recovery.QUIT:
            self.setEscapeButton(button)

    def choice(self) -> Recovery:
        self.exec()
        return self._choices.get(self.clickedButton(), Recovery.QUIT)
