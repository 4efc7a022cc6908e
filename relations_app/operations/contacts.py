"""Bringing people in from address books, and merging two entries of one person.

An import is undone as a whole: the people it added go, the people it filled
in get their fields back. A merge is undone exactly: both people, and every
conversation place, shared value and help that moved, as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress, rows_counted
from relations_app.records import Circle, Person
from relations_app.services import Services
from relations_app.services.contacts import Choice, ContactImportCounts, Decision
from relations_app.services.merge import MergeCounts
from relations_app.services.snapshots import RowKeys

# Importing more people than this is long work: on a worker, behind a progress
# dialog (5,000 take about a tenth of a second to write, bench_contacts.py, but
# a slow disk or a busy machine may take far longer).
LONG_IMPORT = 500


@dataclass(frozen=True)
class ImportContacts(Operation):
    """Add and fill in people as chosen in the preview, all or nothing."""

    choices: tuple[Choice, ...]
    circle: Circle
    source: str  # the file's name (or the first of several), for the undo label
    cancellable: ClassVar[bool] = True

    def label(self) -> str:
        return translate("Operations", "Import contacts from {0}").format(self.source)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(
            people=[
                c.person_id for c in self.choices if c.decision is Decision.FILL and c.person_id
            ]
        )

    def apply(self, services: Services, progress: Progress) -> ContactImportCounts:
        with rows_counted(services, progress, len(self.choices)):
            return services.contacts.import_contacts(self.choices, self.circle)

    def is_long(self) -> bool:
        return len(self.choices) > LONG_IMPORT


@dataclass(frozen=True)
class MergePeople(Operation):
    """Keep ``merged`` (the kept entry, its fields as chosen) and bring
    everything of ``other_id`` onto it; the other entry is then deleted."""

    merged: Person
    other_id: int
    other_name: str

    def label(self) -> str:
        return translate("Operations", "Merge {0} into {1}").format(
            self.other_name, self.merged.name.strip()
        )

    def touches(self, services: Services) -> RowKeys:
        people = [self.merged.id, self.other_id] if self.merged.id is not None else []
        return services.snapshots.with_dependents(RowKeys.of(people=people))

    def apply(self, services: Services, progress: Progress) -> MergeCounts:
        return services.merge.merge(self.merged, self.other_id)
