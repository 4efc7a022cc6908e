"""Store and file errors in the user's language, for dialogs and the command line."""

from __future__ import annotations

import errno
from pathlib import Path

from relations_app.i18n import labelled, translate
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
    if kind == "read_only_file":
        return translate(
            "Errors",
            "{0} is read-only; Relations leaves it as it is. Make it writable to use it.",
        ).format(error.path)
    if kind == "unsafe":
        return translate(
            "Errors",
            "{0} is a symbolic link; Relations writes only into real folders and files "
            "inside the data folder. Remove the link.",
        ).format(error.path)
    if kind == "locked":
        return translate(
            "Errors", "Nothing was saved: the journal file is locked by another program."
        )
    if kind == "index_rebuilt":
        return translate(
            "Errors",
            "Nothing was saved: the search index was damaged. It has been rebuilt from "
            "your journal, which is whole; save again.",
        )
    if kind == "damaged":
        return translate("Errors", "The journal file is damaged ({0}).").format(error)
    if kind == "newer":
        return translate(
            "Errors", "This journal was written by a newer version of Relations ({0})."
        ).format(error)
    if kind == "older":
        return translate(
            "Errors",
            "This journal must first be updated by this version of Relations ({0}): "
            "close Relations, then run the command again.",
        ).format(error)
    if kind == "foreign":
        return translate("Errors", "This file is not a Relations journal ({0}).").format(error)
    if kind == "wrong_passphrase":
        return translate(
            "Errors",
            "Wrong passphrase for {0} (or its first page is damaged); nothing was changed.",
        ).format(error.path)
    if kind == "no_encryption":
        return translate(
            "Errors",
            "This journal is encrypted, and this installation of Relations cannot open "
            "encrypted journals: the sqlcipher3 module is missing (pip install sqlcipher3).",
        )
    if kind == "unconvertible":
        return translate(
            "Errors",
            "{0} cannot be read, so it cannot be converted; nothing was changed. Move it out "
            "of the data folder, or delete it, then try again.",
        ).format(error.path)
    if kind == "closed":
        return translate("Errors", "The journal is locked; unlock it first.")
    if kind == "encrypted_already":
        return translate("Errors", "The journal is encrypted already.")
    if kind == "not_encrypted":
        return translate("Errors", "The journal is not encrypted.")
    if kind in ("invalid", "invalid_file", "gone", "missing", "encrypted", "bad_passphrase"):
        return str(error)
    if kind == "bad_backup":
        return translate("Errors", "That backup cannot be restored ({0}).").format(error)
    return translate("Errors", "Nothing was saved: {0}").format(error)


def file_error_cause(error: OSError) -> str:
    """Why a file could not be read or written, in a few words."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Errors", "the disk is full")
    if code == errno.EROFS:
        return translate("Errors", "the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return translate("Errors", "permission denied")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return translate("Errors", "a file stands where a folder should be")
    if code == errno.ENOENT:
        return translate("Errors", "no such file or folder")
    if code == errno.EISDIR:
        return translate("Errors", "this is a folder, not a file")
    if code == errno.ELOOP:
        return translate("Errors", "this is a symbolic link, which Relations does not follow")
    return error.strerror or str(error)


def explain_file_error(error: OSError) -> str:
    """'<where>: <why>', naming the file or folder that stood in the way."""
    where = error.filename
    if where is not None and error.errno in (errno.ENOTDIR, errno.EEXIST):
        where = _file_in_the_way(Path(where))
    cause = file_error_cause(error)
    return labelled(where, cause) if where is not None else cause


def _file_in_the_way(path: Path) -> Path:
    """The nearest part of ``path`` that exists and is not a folder."""
    for candidate in (path, *path.parents):
        if candidate.exists() and not candidate.is_dir():
            return candidate
    return path


def journal_in_the_way(path: Path) -> OSError:
    """An export asked to write over the journal itself: refused, the cause
    said as file_error_cause says others."""
    return OSError(
        errno.EINVAL,
        translate("Errors", "this is the journal itself; choose another file"),
        str(path),
    )
