"""Open the journal at start, and lead the user through a damaged or foreign file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from relations_app import APP_NAME
from relations_app.paths import DataPaths
from relations_app.services.backups import open_store, set_back
from relations_app.services.messages import explain
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.recovery import newest_good_backup, put_backup_in_place, set_aside
from relations_app.storage.store import LostWalError, Store
from relations_app.ui.recovery_dialog import Recovery, RecoveryDialog

Clock = Callable[[], dt.datetime]


def open_or_recover(paths: DataPaths, clock: Clock, parent: QWidget | None = None) -> Store | None:
    """The open store, or None when the user chose to quit (or it cannot be used)."""
    store = Store(paths.store)
    try:
        open_store(store, paths.backups, clock)
        return store
    except DamagedStoreError as error:
        return _recover(store, paths, clock, error, parent)
    except StoreError as error:  # newer version, foreign file, disk trouble: touch nothing
        QMessageBox.critical(parent, APP_NAME, explain(error))
        return None


def _recover(
    store: Store, paths: DataPaths, clock: Clock, error: DamagedStoreError, parent: QWidget | None
) -> Store | None:
    kept = set_aside(paths.store, "damaged", clock())
    store.forget_unclean_exit()
    backup = newest_good_backup(paths.backups)
    lost_wal = isinstance(error, LostWalError)
    choice = RecoveryDialog(str(error), kept, backup, lost_wal, parent).choice()
    try:
        if choice is Recovery.RESTORE and backup is not None:
            put_backup_in_place(backup.path, paths.store)
        elif choice is Recovery.USE_AS_IS and kept is not None:
            put_backup_in_place(kept, paths.store)
        elif choice is not Recovery.START_EMPTY:
            if kept is not None:
                set_back(kept, paths.store)  # quitting changes nothing: next start asks again
            return None
        open_store(store, paths.backups, clock)
    except StoreError as failure:
        QMessageBox.critical(parent, APP_NAME, explain(failure))
        return None
    return store
