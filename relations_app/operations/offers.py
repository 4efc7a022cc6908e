"""What I can offer others: a list kept like my values."""

from __future__ import annotations

from dataclasses import dataclass

from relations_app.i18n import translate
from relations_app.operations.base import Operation, Progress
from relations_app.records import Offer
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys


@dataclass(frozen=True)
class SaveOffer(Operation):
    offer: Offer

    def label(self) -> str:
        name = " ".join(self.offer.name.split())
        if self.offer.id is None:
            return translate("Operations", "Add offer {0}").format(name)
        return translate("Operations", "Edit offer {0}").format(name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(offers=[self.offer.id] if self.offer.id is not None else [])

    def apply(self, services: Services, progress: Progress) -> Offer:
        return services.offers.save(self.offer)


@dataclass(frozen=True)
class DeleteOffer(Operation):
    offer_id: int
    name: str

    def label(self) -> str:
        return translate("Operations", "Delete offer {0}").format(self.name)

    def touches(self, services: Services) -> RowKeys:
        return RowKeys.of(offers=[self.offer_id])

    def apply(self, services: Services, progress: Progress) -> None:
        services.offers.delete(self.offer_id)
