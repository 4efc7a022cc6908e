"""My values, and the values I noticed someone sharing."""

from __future__ import annotations

from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress
from relations_app.records import SharedValue, Value
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class SaveValue(Operation):
    value: Value

    def label(self) -> str:
        if self.value.id is None:
            return translate("Operations", "Add value {0}").format(self.value.name.strip())
        return translate("Operations", "Edit value {0}").format(self.value.name.strip())

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(values=[self.value.id] if self.value.id is not None else [])

    def apply(self, services: Services, progress: Progress) -> Value:
        return services.values.save(self.value)


@dataclass(frozen=True)
class DeleteValue(Operation):
    """Delete a value and every note of someone sharing it."""

    value_id: int
    name: str

    def label(self) -> str:
        return translate("Operations", "Delete value {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return services.snapshots.with_dependents(RowKeys.of(values=[self.value_id]))

    def apply(self, services: Services, progress: Progress) -> None:
        services.values.delete(self.value_id)


@dataclass(frozen=True)
class SaveSharedValue(Operation):
    """Record (or edit) a value someone shares; a new value name joins my values."""

    shared: SharedValue

    def label(self) -> str:
        name = self.shared.value_name.strip()
        if self.shared.id is None:
            return translate("Operations", "Record shared value {0}").format(name)
        return translate("Operations", "Edit shared value {0}").format(name)

    def touches(self, services: Services) -> RowKeys:
        sid = self.shared.id
        return RowKeys.of(shared_values=[sid] if sid is not None else [])

    def apply(self, services: Services, progress: Progress) -> SharedValue:
        return services.values.save_shared(self.shared)


@dataclass(frozen=True)
class DeleteSharedValue(Operation):
    shared_id: int
    value_name: str

    def label(self) -> str:
        return translate("Operations", "Delete shared value {0}").format(self.value_name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(shared_values=[self.shared_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.values.delete_shared(self.shared_id)
