"""Open the journal at start, and lead the user through a damaged, missing or
foreign file."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from relations_app import APP_NAME
from relations_app.paths import DataPaths
from relations_app.services.backups import Clock
from relations_app.services.messages import explain
from relations_app.services.recovery import open_or_problem, resolve
from relations_app.storage.errors import StoreError
from relations_app.storage.store import Store
from relations_app.ui.message_box import critical


def open_or_recover(
    paths: DataPaths, clock: Clock, parent: QWidget | None = None, interactive: bool = True
) -> Store | None:
    """The open store, or None when it cannot be used (the user quit, or
    ``interactive`` is False: a smoke test must never wait for a click)."""
    store = Store(paths.store)
    try:
        start = open_or_problem(store, paths, clock)
        if start is None:
            return store
        if not interactive:
            print(f"relations: {start.detail}", file=sys.stderr)
            return None
        from relations_app.ui.recovery_dialog import RecoveryDialog  # only when needed

        choice = RecoveryDialog(start, parent).choice()
        return store if resolve(store, paths, clock, start, choice) else None
    except StoreError as error:  # newer version, foreign file, a failed restore
        if interactive:
            critical(parent, APP_NAME, explain(error))
        else:
            print(f"relations: {explain(error)}", file=sys.stderr)
        return None
