"""Export contacts (vCard): for everyone or the people selected; private notes only when asked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relations_app.i18n import plural


class VcardExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, everyone: int, selected: int) -> None:
        """``everyone``: people not archived; ``selected``: people selected in the list."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts (vCard)"))
        intro = QLabel(
            self.tr(
                "Writes a vCard 3.0 file that address books read: name, nickname,"
                " organisation, email, phone, city and birthday."
            )
        )
        intro.setWordWrap(True)
        self._add_scope(everyone, selected)
        self.notes = QCheckBox(self.tr("Include my private notes"))
        warning = QLabel(self.tr("Notes are private: whoever gets the file can read them."))
        warning.setStyleSheet("color: palette(placeholder-text);")
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.everyone)
        layout.addWidget(self.selected)
        layout.addSpacing(6)
        layout.addWidget(self.notes)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _add_scope(self, everyone: int, selected: int) -> None:
        """Everyone, or the people selected: those when several are selected
        (one selected is most often only where the list stands)."""
        self.everyone = QRadioButton(
            plural(
                everyone,
                self.tr("Everyone in the list (1 person; archived people left out)"),
                self.tr(
                    "Everyone in the list (%Ln people; archived people left out)", "", everyone
                ),
            )
        )
        self.selected = QRadioButton(
            plural(
                selected,
                self.tr("The person selected"),
                self.tr("The %Ln people selected", "", selected),
            )
            if selected
            else self.tr("The people selected (select them in the list first)")
        )
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.selected)
        self.selected.setEnabled(selected > 0)
        (self.selected if selected > 1 else self.everyone).setChecked(True)

    def only_selected(self) -> bool:
        return self.selected.isChecked()

    def with_notes(self) -> bool:
        return self.notes.isChecked()
