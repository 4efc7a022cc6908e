"""The passphrase dialogs: to open an encrypted journal, and to choose one.

Neither keeps the passphrase: the caller takes it (passphrase()) and the
fields are cleared when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from relations_app.i18n import plural
from relations_app.services.passphrase import assess
from relations_app.ui.message_box import plain_label
from relations_app.ui.message_box import question as ask

TRIES = 3
DIALOG_TEXT_WIDTH = 420


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def _emphasised(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class UnlockDialog(QDialog):
    """Asks for the passphrase of an encrypted journal, up to three times.

    ``try_passphrase(text)`` opens the journal, or returns what went wrong (a
    wrong passphrase, said plainly); after three wrong ones, or Cancel, the
    dialog is rejected.
    """

    def __init__(
        self,
        where: str,
        try_passphrase: Callable[[str], str | None],
        parent: QWidget | None = None,
        lead: str = "",
    ) -> None:
        super().__init__(parent)
        self._try = try_passphrase
        self.tries = 0
        self.setWindowTitle(self.tr("Unlock the journal"))
        self.intro = plain_label(
            lead or self.tr("This journal is encrypted. Type its passphrase to open it.")
        )
        self.intro.setWordWrap(True)
        self.place = plain_label(where)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field = _secret_field()
        self.problem = _emphasised(plain_label())
        self.problem.setFixedWidth(DIALOG_TEXT_WIDTH)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        layout = QVBoxLayout(self)
        # wrapped text: the dialog takes the height it needs, and again when
        # the problem line appears
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.intro.setFixedWidth(DIALOG_TEXT_WIDTH)
        for widget in (self.intro, self.place, self.field, self.problem, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def accept(self) -> None:
        text = self.field.text()
        if not text:
            return
        self.tries += 1
        problem = self._try(text)
        self.field.clear()
        if problem is None:
            super().accept()
            return
        left = TRIES - self.tries
        if left <= 0:
            self.reject()
            return
        tries_left = plural(left, self.tr("1 try left."), self.tr("%Ln tries left.", "", left))
        self.problem.setText(f"{problem} {tries_left}")
        self.problem.show()
        self.field.setFocus()

    def done(self, result: int) -> None:
        self.field.clear()
        super().done(result)


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, with a hint of its strength and the plain
    warning about forgetting it. A weak one is asked about once more."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._chosen = ""
        warning = _emphasised(
            plain_label(
                self.tr(
                    "If you forget this passphrase, no one can open your journal or its "
                    "backups again, not even the makers of Relations. Write it down and keep it "
                    "somewhere safe, away from this computer."
                )
            )
        )
        explanation = plain_label(
            self.tr(
                "A few unrelated words are easier to remember and harder to guess than a short "
                "word with symbols. The passphrase is never stored: it is asked for each time "
                "the journal opens."
            )
        )
        explanation.setWordWrap(True)
        self.first = _secret_field()
        self.second = _secret_field()
        self.strength = plain_label()
        self.problem = plain_label()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        warning.setFixedWidth(DIALOG_TEXT_WIDTH)
        explanation.setFixedWidth(DIALOG_TEXT_WIDTH)
        for part in (warning, explanation, form, self.problem, self.buttons):
            layout.addLayout(part) if isinstance(part, QFormLayout) else layout.addWidget(part)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    @Slot()
    def _update(self) -> None:
        text = self.first.text()
        self.strength.setText(assess(text).describe() if text else "")
        again = self.second.text()
        same = text == again
        # not while the second is still being typed (a beginning of the first)
        self.problem.setText(
            "" if same or text.startswith(again) else self.tr("The two passphrases differ.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and same)

    @Slot()
    def accept(self) -> None:
        text = self.first.text()
        if not text or text != self.second.text():
            return
        if not assess(text).acceptable and not ask(
            self,
            self.windowTitle(),
            self.tr("This passphrase is easy to guess. Use it all the same?"),
        ):
            return
        self._chosen = text
        super().accept()

    def passphrase(self) -> str:
        """What was chosen (once): the dialog forgets it."""
        chosen, self._chosen = self._chosen, ""
        return chosen

    def done(self, result: int) -> None:
        self.first.clear()
        self.second.clear()
        super().done(result)
