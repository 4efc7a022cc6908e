"""Importing a whole export into the journal: one operation, undone as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress, rows_counted
from relations_app.services import Services
from relations_app.services.exchange import ImportCounts, import_steps
from relations_app.services.exchange_format import ImportDocument
from relations_app.services.snapshots import RowKeys


def import_shown(services: Services, document: ImportDocument, progress: Progress) -> ImportCounts:
    """The import, its steps shown on ``progress`` (the rows written, then
    indexed for search) and Cancel heard: SQLite's progress handler reads the
    steps the import counted, and interrupts the statement under way once
    Cancel is pressed; the whole transaction is then rolled back."""
    steps = [0]

    def counted(n: int) -> None:
        steps[0] += n

    with rows_counted(services, progress, import_steps(document), lambda: steps[0]):
        return services.exchange.import_document(document, counted)


@dataclass(frozen=True)
class ImportJournal(Operation):
    """Add everything in a checked document, all or nothing.

    Progress and Cancel come through SQLite's progress handler: it counts the
    rows written so far, and when Cancel is pressed it interrupts the statement
    under way; the whole transaction is then rolled back.
    """

    document: ImportDocument
    source: str  # the file's name, for the undo label
    cancellable: ClassVar[bool] = True

    def label(self) -> str:
        return translate("Operations", "Import {0}").format(self.source)

    def touches(self, services: Services) -> RowKeys:
        # an imported value may fill in the description of one already there
        return RowKeys.of(values=[value.id for value in services.values.all()])

    def apply(self, services: Services, progress: Progress) -> ImportCounts:
        return import_shown(services, self.document, progress)

    def is_long(self) -> bool:
        return True
