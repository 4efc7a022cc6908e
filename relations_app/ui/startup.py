"""Open the journal at start, and lead the user through a damaged, missing,
foreign or encrypted file."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from relations_app import APP_NAME
from relations_app.i18n import translate
from relations_app.paths import DataPaths
from relations_app.services.backups import Clock
from relations_app.services.messages import explain
from relations_app.services.recovery import StartProblem, damaged, open_or_problem, resolve
from relations_app.storage.database import EncryptedStoreError
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.sqlite import Key, WrongPassphrase
from relations_app.storage.store import Store
from relations_app.ui.message_box import critical


class Declined(Exception):
    """The user cancelled the passphrase, or gave a wrong one three times."""


def open_or_recover(
    paths: DataPaths,
    clock: Clock,
    parent: QWidget | None = None,
    interactive: bool = True,
    check_aside: bool = False,
) -> Store | None:
    """The open store, or None when it cannot be used (the user quit, or
    ``interactive`` is False: a smoke test must never wait for a click).
    ``check_aside``: the check of its tables goes on while the window is built
    (Store.open); recover_damaged() takes over if it fails."""
    store = Store(paths.store)
    return _settled(
        store,
        paths,
        clock,
        lambda: _open(store, paths, clock, parent, interactive, check_aside),
        parent,
        interactive,
    )


def recover_damaged(
    store: Store,
    paths: DataPaths,
    clock: Clock,
    error: DamagedStoreError,
    parent: QWidget | None = None,
    interactive: bool = True,
) -> Store | None:
    """After the check made aside found damage (the store is closed): the same
    choices, and the same outcome, as damage found at opening."""
    return _settled(
        store, paths, clock, lambda: damaged(store, paths, clock, error), parent, interactive
    )


def _settled(
    store: Store,
    paths: DataPaths,
    clock: Clock,
    opened: Callable[[], StartProblem | None],
    parent: QWidget | None,
    interactive: bool,
) -> Store | None:
    try:
        start = opened()
        if start is None:
            return store
        if not interactive:
            print(f"relations: {start.detail}", file=sys.stderr)
            return None
        from relations_app.ui.recovery_dialog import RecoveryDialog  # only when needed

        choice = RecoveryDialog(start, parent).choice()
        return store if resolve(store, paths, clock, start, choice) else None
    except Declined:
        return None
    except StoreError as error:  # newer version, foreign file, a failed restore
        if interactive:
            critical(parent, APP_NAME, explain(error))
        else:
            print(f"relations: {explain(error)}", file=sys.stderr)
        return None


def _open(
    store: Store,
    paths: DataPaths,
    clock: Clock,
    parent: QWidget | None,
    interactive: bool,
    check_aside: bool,
) -> StartProblem | None:
    """open_or_problem, asking for the passphrase of an encrypted journal."""
    try:
        return open_or_problem(store, paths, clock, check_aside)
    except EncryptedStoreError:
        if not interactive:
            raise
    return ask_and_open(store, lambda: open_or_problem(store, paths, clock, check_aside), parent)


def ask_and_open(store: Store, open_it, parent: QWidget | None, lead: str = ""):
    """Ask for the passphrase until ``open_it()`` (with it as the store's key)
    succeeds, three tries at most; what open_it returned, or Declined."""
    from relations_app.ui.passphrase_dialogs import UnlockDialog  # only when needed

    outcome: dict = {}

    def attempt(text: str) -> str | None:
        store.key = Key(text)
        try:
            outcome["result"] = open_it()
        except WrongPassphrase:
            store.key = None
            return translate("Startup", "Wrong passphrase.")
        except StoreError as error:  # shown once the dialog is closed
            outcome["error"] = error
        return None

    dialog = UnlockDialog(str(store.path), attempt, parent, lead)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if "error" in outcome:
        raise outcome["error"]
    if not accepted:
        raise Declined
    return outcome["result"]
