"""One object that tells every window what changed, so each refreshes only that."""

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    # past tense: something has already been written. Carries an
    # operations.Changes (kinds and ids); Changes.all() after a restore.
    changed = Signal(object)
