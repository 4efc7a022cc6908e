"""The journal's filter: typed words, and optionally one person."""

from __future__ import annotations

from relations_app.models.filter_proxy import TextFilterProxy


class JournalProxy(TextFilterProxy):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None

    def set_person(self, person_id: int | None) -> None:
        if person_id != self._person_id:
            self.change_filter(lambda: setattr(self, "_person_id", person_id))

    def person(self) -> int | None:
        return self._person_id

    def extra_accepts(self, source_row: int) -> bool:
        return self._person_id is None or self.sourceModel().has_person(source_row, self._person_id)
