"""Address book files dropped on the window go to the contacts import.

A mix-in for the main window rather than an event filter: a Python event
filter on the window is still called while Qt destroys the window, and
crashed there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from relations_app.ui.contacts_commands import contact_files


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local .vcf, .vcard and .csv files among what is dragged."""
    if not mime.hasUrls():
        return []
    return contact_files([Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()])


class AcceptsContactFiles:
    """For a QMainWindow with ``import_dropped(paths)``; call ``setAcceptDrops(True)``."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            # once the drop has returned: the program the files came from is not
            # kept waiting while the preview is open
            QTimer.singleShot(0, lambda: self.import_dropped(paths))
