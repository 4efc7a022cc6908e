"""The people view's filter: typed words, a circle, archived or not."""

from __future__ import annotations

from relations_app.models.filter_proxy import TextFilterProxy
from relations_app.records import Circle


class PeopleProxy(TextFilterProxy):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._circle: Circle | None = None

    def set_circle(self, circle: Circle | None) -> None:
        if circle != self._circle:
            self.change_filter(lambda: setattr(self, "_circle", circle))

    def circle(self) -> Circle | None:
        return self._circle

    def extra_accepts(self, source_row: int) -> bool:
        if self._circle is None:
            return True
        return self.sourceModel().summary_at(source_row).person.circle == self._circle
