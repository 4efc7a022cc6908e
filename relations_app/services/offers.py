"""What I can offer: a short list I keep, matched against what others look for."""

from __future__ import annotations

from relations_app.i18n import translate
from relations_app.records import Offer, normalise_value_name
from relations_app.services import rows
from relations_app.services.messages import gone
from relations_app.services.validation import validate_offer
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.storage.tables import MyOfferTable


def my_offers() -> list[Offer]:
    return [rows.offer_from_row(r) for r in MyOfferTable.select().order_by(MyOfferTable.name_key)]


class OfferService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[Offer]:
        return my_offers()

    def save(self, offer: Offer) -> Offer:
        """Add (id None) or reword an offer; the same words twice, whatever the case, is refused."""
        validate_offer(offer)
        name = " ".join(offer.name.split())
        key = normalise_value_name(name)
        with self._store.write():
            clash = MyOfferTable.get_or_none(MyOfferTable.name_key == key)
            if clash is not None and clash.id != offer.id:
                raise ValidationError(
                    translate("Validation", "That is already in what you can offer."), "name"
                )
            if offer.id is None:
                row = MyOfferTable.create(name=name, name_key=key)
            else:
                updated = (
                    MyOfferTable.update(name=name, name_key=key)
                    .where(MyOfferTable.id == offer.id)
                    .execute()
                )
                if not updated:
                    raise gone(translate("Errors", "This offer is no longer in the journal."))
                row = MyOfferTable.get_by_id(offer.id)
        return rows.offer_from_row(row)

    def delete(self, offer_id: int) -> None:
        with self._store.write():
            MyOfferTable.delete().where(MyOfferTable.id == offer_id).execute()
