"""The mapping step: a CSV file of unknown columns, and which column holds what.

Each column is shown with its heading and the first values under it, and a
choice of what it holds; the choice starts from a guess made from the heading
(contacts/csv_mapping.py). A column left out is not imported.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from relations_app.contacts.contact import UnknownCsvHeader
from relations_app.contacts.csv_formats import CsvFormat
from relations_app.contacts.csv_mapping import (
    TARGETS,
    guess,
    mapped_format,
    names_someone,
    target_label,
)
from relations_app.labels import plain_tooltip
from relations_app.ui.message_box import plain_label
from relations_app.ui.widgets.cards import ElidedLabel
from relations_app.ui.widgets.forms import lay_out_around_grid

# characters of a heading shown; the first values beside it take the room
# left and are cut to it, so that the choices are always in view
HEADING_LENGTH = 40


class ColumnMappingDialog(QDialog):
    def __init__(self, parent: QWidget | None, unknown: UnknownCsvHeader) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        self._header = unknown.header
        name = unknown.path.name if unknown.path else ""
        self.intro = plain_label(
            self.tr(
                "The columns of {0} are not those of a Google, Outlook or LinkedIn export."
                " Say which column holds what; a column left out is not imported."
            ).format(name)
        )
        self.intro.setWordWrap(True)
        self.combos: list[QComboBox] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate((self.tr("Column"), self.tr("First values"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
        holds = QLabel(self.tr("Holds"))
        holds.setStyleSheet("font-weight: 600;")
        grid.addWidget(holds, 0, 2)
        guessed = guess(self._header)
        for position, heading in enumerate(self._header):
            self._add_column(grid, position, heading, unknown.samples, guessed.get(position))
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self._header) + 1, 1)  # the rows at the top, not spread out
        self.hint = QLabel(
            self.tr("Choose the column that holds the name, or the first and last names.")
        )
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read the file"))
        self._lay_out(grid)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._mapping_changed()
        self.resize(640, min(560, 200 + 36 * len(self._header)))

    def _add_column(
        self, grid: QGridLayout, position: int, heading: str, samples, guessed: str | None
    ) -> None:
        row = position + 1
        shown = heading or self.tr("(no heading)")
        if len(shown) > HEADING_LENGTH:
            shown = shown[: HEADING_LENGTH - 1] + "…"
        title = plain_label(shown)
        title.setToolTip(plain_tooltip(heading))
        grid.addWidget(title, row, 0)
        values = [cells[position].strip() for cells in samples if position < len(cells)]
        sample = ElidedLabel(" · ".join(" ".join(value.split()) for value in values if value))
        sample.setStyleSheet("color: palette(placeholder-text);")
        grid.addWidget(sample, row, 1)
        combo = QComboBox()
        combo.addItem(self.tr("Leave out"), None)
        for target in TARGETS:
            combo.addItem(target_label(target), target)
        combo.setCurrentIndex(max(0, combo.findData(guessed)) if guessed else 0)
        combo.currentIndexChanged.connect(self._mapping_changed)
        self.combos.append(combo)
        grid.addWidget(combo, row, 2)

    def _lay_out(self, grid: QGridLayout) -> None:
        lay_out_around_grid(self, self.intro, grid, self.hint, self.buttons)

    def mapping(self) -> dict[int, str]:
        """column position -> what it holds, for the columns not left out"""
        return {
            position: combo.currentData()
            for position, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def mapped(self) -> CsvFormat:
        return mapped_format(self._header, self.mapping())

    @Slot()
    def _mapping_changed(self) -> None:
        enough = names_someone(self.mapping())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enough)
        self.hint.setVisible(not enough)
