"""File ▸ Encrypt journal…, Change passphrase…, Remove encryption….

A conversion closes the journal on the window's thread, converts the files on
a worker behind a progress dialog, and reopens the journal on the window's
thread (services.encryption.Conversion). Changing or removing the passphrase
asks for the current one first: an unlocked laptop left for a minute must not
let anyone lock its owner out, or read the journal in plain.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from relations_app.context import AppContext
from relations_app.i18n import plural
from relations_app.services.encryption import Conversion, EncryptionService
from relations_app.services.idle_lock import CHOICES_MINUTES
from relations_app.storage.sqlite import Key
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.message_box import question, warning
from relations_app.ui.work import wait_for_quiet_work


class EncryptionCommands(FeatureCommands):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(ctx, window)
        self.service = EncryptionService(ctx.services.store, ctx.paths.backups, ctx.clock)

    @property
    def encrypted(self) -> bool:
        return self.service.encrypted

    def lock_after_menu(self) -> QMenu:
        """File ▸ Lock after: how long the window may stay idle before an
        encrypted journal locks (the setting is read again every few seconds)."""
        menu = QMenu(self.tr("Lock &after"), self.window)
        group = QActionGroup(menu)
        current = self.ctx.settings.lock_after_minutes
        for minutes in CHOICES_MINUTES:
            label = (
                self.tr("Never")
                if minutes == 0
                else plural(minutes, self.tr("1 minute"), self.tr("%Ln minutes", "", minutes))
            )
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.triggered.connect(lambda _=False, m=minutes: self._lock_after(m))
            group.addAction(action)
        return menu

    def _lock_after(self, minutes: int) -> None:
        self.ctx.settings.lock_after_minutes = minutes
        self.ctx.settings.sync()

    def encrypt(self) -> bool:
        from relations_app.ui.passphrase_dialogs import NewPassphraseDialog

        if not self.service.available:
            warning(
                self.window,
                self.tr("Encrypt journal"),
                self.tr(
                    "This installation of Relations cannot encrypt: the sqlcipher3 module is "
                    "missing. Install it (pip install sqlcipher3) and start Relations again."
                ),
            )
            return False
        dialog = NewPassphraseDialog(self.tr("Encrypt journal"), self.tr("&Encrypt"), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        key = Key(dialog.passphrase())
        return self._run(
            self.service.encryption(key),
            self.tr("Encrypt journal"),
            self.tr("Encrypting the journal and its backups…"),
            self.tr(
                "The journal and its backups are encrypted. Relations will ask for the "
                "passphrase each time it opens."
            ),
        )

    def change_passphrase(self) -> bool:
        from relations_app.ui.passphrase_dialogs import NewPassphraseDialog

        title = self.tr("Change passphrase")
        if not self._current_passphrase_confirmed(title):
            return False
        dialog = NewPassphraseDialog(title, self.tr("&Change"), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._run(
            self.service.passphrase_change(Key(dialog.passphrase())),
            title,
            self.tr("Changing the passphrase of the journal and its backups…"),
            self.tr("The passphrase is changed, for the journal and its backups."),
        )

    def remove_encryption(self) -> bool:
        title = self.tr("Remove encryption")
        if not self._current_passphrase_confirmed(title):
            return False
        if not question(
            self.window,
            title,
            self.tr(
                "The journal and its backups will be stored as plain files: anyone who can "
                "use this computer, or a copy of its disk, can read them. Remove the "
                "encryption?"
            ),
        ):
            return False
        return self._run(
            self.service.decryption(),
            title,
            self.tr("Removing the encryption of the journal and its backups…"),
            self.tr("The journal and its backups are plain files again."),
        )

    def _current_passphrase_confirmed(self, title: str) -> bool:
        from relations_app.ui.passphrase_dialogs import UnlockDialog

        current = self.ctx.services.store.open_key

        def attempt(text: str) -> str | None:
            return (
                None
                if current is not None and Key(text) == current
                else self.tr("Wrong passphrase.")
            )

        dialog = UnlockDialog(
            str(self.ctx.paths.store),
            attempt,
            self.window,
            self.tr("Type the journal's current passphrase first."),
        )
        dialog.setWindowTitle(title)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _run(self, conversion: Conversion, title: str, text: str, done: str) -> bool:
        if self.ctx.runner.work.busy:
            return False
        wait_for_quiet_work()  # an automatic backup still reading the journal
        try:
            conversion.begin()
        except FAILURES as error:
            show_failure(self.window, title, error, self.tr("Nothing was changed."))
            return False
        failure = None
        try:
            left = self.ctx.runner.work.run(
                title, text, lambda progress: conversion.convert(progress.report)
            )
        except FAILURES as error:
            failure, left = error, []
        finally:
            conversion.finish()
        if failure is not None:
            show_failure(self.window, title, failure, self._after_failure())
            return False
        self._say_done(title, done, left)
        return True

    def _after_failure(self) -> str:
        if self.encrypted:
            return self.tr("The journal is encrypted, whole, and open.")
        return self.tr("The journal is not encrypted, whole, and open.")

    def _say_done(self, title: str, done: str, left: list[Path]) -> None:
        self.window.statusBar().showMessage(done, 8000)
        if left:
            names = "\n".join(path.name for path in left)
            warning(
                self.window,
                title,
                self.tr(
                    "These copies did not open with the passphrase (an earlier passphrase, "
                    "or damage) and stay encrypted as they were:\n{0}"
                ).format(names),
            )
