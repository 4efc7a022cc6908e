"""Store errors in the user's language, for dialogs and the command line."""

from __future__ import annotations

from relations_app.i18n import translate
from relations_app.storage.errors import StoreError


def gone(message: str) -> StoreError:
    """The record was deleted meanwhile (another window, an import, a restore)."""
    return StoreError(message, "gone")


def explain(error: StoreError) -> str:
    """One or two sentences that say what failed and what to do."""
    kind = error.kind
    if kind == "disk_full":
        return translate(
            "Errors", "Nothing was saved: the disk is full. Free some space, then save again."
        )
    if kind == "read_only":
        return translate("Errors", "Nothing was saved: the data folder is read-only.")
    if kind == "locked":
        return translate(
            "Errors", "Nothing was saved: the journal file is locked by another program."
        )
    if kind == "damaged":
        return translate("Errors", "The journal file is damaged ({0}).").format(error)
    if kind == "newer":
        return translate(
            "Errors", "This journal was written by a newer version of Relations ({0})."
        ).format(error)
    if kind == "foreign":
        return translate("Errors", "This file is not a Relations journal ({0}).").format(error)
    if kind in ("invalid", "invalid_file", "gone"):
        return str(error)
    if kind == "bad_backup":
        return translate("Errors", "That backup cannot be restored ({0}).").format(error)
    return translate("Errors", "Nothing was saved: {0}").format(error)
