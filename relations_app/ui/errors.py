"""What went wrong with a write or a file, said the same way everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from relations_app.services.messages import explain, explain_file_error
from relations_app.storage.errors import StoreError
from relations_app.ui.message_box import warning

# What a failure can be: the journal refused or failed (StoreError) or a file
# or folder did (OSError: a backup, an export, a PDF).
FAILURES = (StoreError, OSError)


def describe(error: BaseException) -> str:
    """One or two sentences for the user; a file's error names the file."""
    if isinstance(error, StoreError):
        return explain(error)
    if isinstance(error, OSError):
        return explain_file_error(error)
    return str(error)


def show_failure(parent: QWidget | None, title: str, error: BaseException, lead: str = "") -> None:
    """What failed and why, as plain text; ``lead`` says what it means
    ("Nothing was exported.")."""
    text = describe(error)
    warning(parent, title, f"{text}\n\n{lead}" if lead else text)
