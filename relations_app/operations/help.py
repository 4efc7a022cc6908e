"""Help given and received."""

from __future__ import annotations

from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress
from relations_app.records import Help
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class SaveHelp(Operation):
    help: Help

    def label(self) -> str:
        if self.help.id is None:
            return translate("Operations", "Record help")
        return translate("Operations", "Edit help")

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(help=[self.help.id] if self.help.id is not None else [])

    def apply(self, services: Services, progress: Progress) -> Help:
        return services.help.save(self.help)


@dataclass(frozen=True)
class DeleteHelp(Operation):
    help_id: int

    def label(self) -> str:
        return translate("Operations", "Delete help")

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(help=[self.help_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.help.delete(self.help_id)
