"""What the user sees when the journal cannot be opened: what happened, where
the file will be kept, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from relations_app import APP_NAME
from relations_app.labels import format_date, format_time
from relations_app.resources import app_icon
from relations_app.services.recovery import Choice, Problem, StartProblem


class RecoveryDialog(QMessageBox):
    def __init__(self, start: StartProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)  # paths are shown as they are
        self.setText(self._headline(start))
        self.setInformativeText("\n\n".join(self._details(start)))
        self._choices: dict = {}
        for choice in start.choices():
            self._add(choice, start)

    def _headline(self, start: StartProblem) -> str:
        problem = start.problem
        if problem is Problem.LOST_LOG:
            return self.tr(
                "Relations did not close properly last time, and its most recent changes "
                "are missing from the journal file."
            )
        if problem is Problem.MISSING and start.kept_as is not None:
            return self.tr("Your journal file is missing, but a copy of it was kept aside.")
        if problem is Problem.MISSING:
            return self.tr("Your journal file is missing, but there are backups of it.")
        return self.tr("Your journal file is damaged, so Relations cannot open it.")

    def _details(self, start: StartProblem) -> list[str]:
        details = [self.tr("What was found: {0}").format(start.detail)]
        if start.kept_as is not None:
            details.append(
                self.tr("Nothing is deleted: whatever you choose, the file is kept as\n{0}").format(
                    start.kept_as
                )
                if start.problem is not Problem.MISSING
                else self.tr("The journal kept aside is\n{0}").format(start.kept_as)
            )
        if start.backup is not None:
            taken = start.backup.taken_at
            details.append(
                self.tr("The newest good backup is from {0} at {1}.").format(
                    format_date(taken.date()), format_time(taken.time())
                )
            )
        else:
            details.append(self.tr("No good backup was found."))
        return details

    def _add(self, choice: Choice, start: StartProblem) -> None:
        role = QMessageBox.ButtonRole
        if choice is Choice.RESTORE:
            date = format_date(start.backup.taken_at.date()) if start.backup else ""
            text, button_role = self.tr("Restore the backup of {0}").format(date), role.AcceptRole
        elif choice is Choice.USE_AS_IS and start.problem is Problem.MISSING:
            text, button_role = self.tr("Use the journal kept aside"), role.ActionRole
        elif choice is Choice.USE_AS_IS:
            text, button_role = self.tr("Use the file as it is"), role.ActionRole
        elif choice is Choice.START_EMPTY:
            text, button_role = self.tr("Start an empty journal"), role.ActionRole
        else:
            text, button_role = self.tr("Quit"), role.RejectRole
        button = self.addButton(text, button_role)
        self._choices[button] = choice
        if choice is Choice.QUIT:
            self.setEscapeButton(button)
        if choice is start.choices()[0]:
            self.setDefaultButton(button)

    def choice(self) -> Choice:
        self.exec()
        return self._choices.get(self.clickedButton(), Choice.QUIT)
