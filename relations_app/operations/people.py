"""Adding, editing, archiving and deleting people."""

from __future__ import annotations

from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress
from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class SavePerson(Operation):
    """Add a person (id None) or edit one; the result is the stored Person."""

    person: Person

    def label(self) -> str:
        if self.person.id is None:
            return translate("Operations", "Add {0}").format(self.person.name.strip())
        return translate("Operations", "Edit {0}").format(self.person.name.strip())

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(people=[self.person.id] if self.person.id is not None else [])

    def apply(self, services: Services, progress: Progress) -> Person:
        return services.people.save(self.person)


@dataclass(frozen=True)
class SetArchived(Operation):
    person_id: int
    archived: bool
    name: str

    def label(self) -> str:
        if self.archived:
            return translate("Operations", "Archive {0}").format(self.name)
        return translate("Operations", "Bring back {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(people=[self.person_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.people.set_archived(self.person_id, self.archived)


@dataclass(frozen=True)
class DeletePerson(Operation):
    """Delete a person with their shared values, help and the conversations only
    they were in; undo brings all of it back."""

    person_id: int
    name: str

    def label(self) -> str:
        return translate("Operations", "Delete {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return services.snapshots.with_dependents(RowKeys.of(people=[self.person_id]))

    def apply(self, services: Services, progress: Progress) -> None:
        services.people.delete(self.person_id)
