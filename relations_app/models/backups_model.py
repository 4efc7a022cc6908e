"""The list of backups in File ▸ Backups…"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from relations_app.i18n import translate
from relations_app.labels import format_date, format_size, format_time, plain_tooltip
from relations_app.models.row_model import Row, RowModel
from relations_app.records import BackupRecord


class Column(IntEnum):
    TAKEN = 0
    REASON = 1
    PEOPLE = 2
    CONVERSATIONS = 3
    SIZE = 4


def reason_label(reason: str) -> str:
    labels = {
        "auto": translate("Backups", "Automatic"),
        "exit": translate("Backups", "At exit"),
        "manual": translate("Backups", "By hand"),
        "before-import": translate("Backups", "Before an import"),
        "before-restore": translate("Backups", "Before a restore"),
    }
    if reason.startswith("before-schema-"):
        return translate("Backups", "Before an upgrade")
    return labels.get(reason, reason)


class BackupsModel(RowModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            (
                self.tr("Taken"),
                self.tr("Why"),
                self.tr("People"),
                self.tr("Conversations"),
                self.tr("Size"),
            ),
            parent,
        )
        self.sort(Column.TAKEN, Qt.SortOrder.DescendingOrder)

    def set_backups(self, backups: list[BackupRecord]) -> None:
        self.set_rows([self._make_row(info) for info in backups])

    def backup_at(self, row: int) -> BackupRecord:
        return self.record_at(row)

    def set_counted(self, counted: BackupRecord) -> None:
        """A backup's counts, worked out after the list was shown."""
        rows = self.rows_where(lambda backup: backup.path == counted.path)
        if rows:
            self.replace_row(rows[0], self._make_row(counted))

    def _make_row(self, info: BackupRecord) -> Row:
        unreadable = self.tr("unreadable")
        if info.people is None and not info.counted:
            unreadable = "…"  # not counted yet
        display = (
            f"{format_date(info.taken_at.date())}  {format_time(info.taken_at.time())}",
            reason_label(info.reason),
            unreadable if info.people is None else str(info.people),
            unreadable if info.conversations is None else str(info.conversations),
            format_size(info.size),
        )
        sort = (
            info.taken_at,
            display[Column.REASON],
            -1 if info.people is None else info.people,
            -1 if info.conversations is None else info.conversations,
            info.size,
        )
        return Row(info, None, display, sort)

    def cell_data(self, row: Row, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(row.record.path))
        return None
