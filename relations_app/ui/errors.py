"""What went wrong with a write or a file, said the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from relations_app.i18n import translate
from relations_app.services.messages import explain
from relations_app.storage.errors import StoreError

# What a failure can be: the journal refused or failed (StoreError) or a file
# or folder did (OSError: a backup, an export, a PDF).
FAILURES = (StoreError, OSError)


def describe(error: BaseException) -> str:
    """One or two sentences for the user; a file's error names the file."""
    if isinstance(error, StoreError):
        return explain(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return translate("Errors", "{0}: {1}").format(error.filename, reason)
        return reason
    return str(error)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box whose text is shown as written: file names and user text
    are never taken for markup."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_failure(parent: QWidget | None, title: str, error: BaseException, lead: str = "") -> None:
    """What failed and why; ``lead`` says what it means ("Nothing was exported.")."""
    text = describe(error)
    warn(parent, title, f"{text}\n\n{lead}" if lead else text)
