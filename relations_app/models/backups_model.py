"""The list of backups in File ▸ Backups…"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from relations_app.i18n import translate
from relations_app.labels import format_date
from relations_app.models.roles import RECORD_ROLE, SORT_ROLE
from relations_app.storage.backups import BackupInfo


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


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[BackupInfo, tuple[int, int] | None]] = []
        self._headers = {
            Column.TAKEN: self.tr("Taken"),
            Column.REASON: self.tr("Why"),
            Column.PEOPLE: self.tr("People"),
            Column.CONVERSATIONS: self.tr("Conversations"),
            Column.SIZE: self.tr("Size"),
        }

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = [(info, info.counts()) for info in backups]
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, counts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, counts, column)
        if role == SORT_ROLE:
            return (info.taken_at.isoformat(), info.reason, counts[0] if counts else -1,
                    counts[1] if counts else -1, info.size)[column]
        if role == RECORD_ROLE:
            return info
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None

    def _display(self, info: BackupInfo, counts, column: int) -> str:
        if column == Column.TAKEN:
            return f"{format_date(info.taken_at.date())}  {info.taken_at:%H:%M}"
        if column == Column.REASON:
            return reason_label(info.reason)
        if column in (Column.PEOPLE, Column.CONVERSATIONS):
            return str(counts[column - Column.PEOPLE]) if counts else self.tr("unreadable")
        return self.tr("{0} KB").format(max(1, round(info.size / 1024)))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
