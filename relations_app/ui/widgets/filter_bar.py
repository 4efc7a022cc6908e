"""A filter box with a clear button, plus room for a combo box beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from relations_app.folding import fold
from relations_app.i18n import number

# a choice's text folded (accents and case away), what a searchable combo box matches
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class ElidingComboBox(QComboBox):
    """Shows a long choice as "Alexandra Pap…" when the box is narrower than it.

    QComboBox only clips; a capped width (setMinimumContentsLength) needs this.
    """

    def paintEvent(self, event) -> None:
        if self.isEditable():  # its line edit shows the text
            super().paintEvent(event)
            return
        # imported here: the Python type of QStyle alone takes 10 ms to make,
        # and the window's first frame (on Today) paints no combo box
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FoldingCompleter(QCompleter):
    """Completes a choice from any part of it, accents and case ignored: "lod"
    offers "Élodie Durand". Each choice carries its folded text (FOLDED_ROLE)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo.model(), combo)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


class FilterBar(QWidget):
    text_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.text_changed)
        self.combo = ElidingComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(placeholder-text);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.combo)
        layout.addWidget(self.count)
        self.setFocusProxy(self.edit)
        self.edit.setAccessibleName(self.tr("Filter"))
        self.edit.setAccessibleDescription(placeholder)
        self.count.setAccessibleName(self.tr("Shown"))

    def cap_combo(self, characters: int) -> None:
        """Keep the combo box about ``characters`` wide, however long a choice is."""
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(characters)

    def make_combo_searchable(self) -> None:
        """Let a long list of choices (a journal's thousands of people) be found
        by typing any part of one; what matches nothing goes back to the
        choice in force when the box is left. Add choices with add_choice()."""
        combo = self.combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(FoldingCompleter(combo))
        combo.setMaxVisibleItems(20)
        combo.setStyleSheet("QComboBox { combobox-popup: 0; }")  # a list of 20, not the screen
        combo.lineEdit().editingFinished.connect(
            lambda: combo.setEditText(combo.itemText(combo.currentIndex()))
        )

    def add_choice(self, text: str, data: object, at: int | None = None) -> None:
        """A choice of the combo box, with what a searchable one matches."""
        combo = self.combo
        index = combo.count() if at is None else at
        combo.insertItem(index, text, data)
        combo.setItemData(index, fold(text), FOLDED_ROLE)

    def show_count(self, shown: int, total: int, everything: str) -> None:
        """``everything`` ("2,000 people") when every row is shown, else "12 of
        2,000", the numbers as the language writes them; the box keeps the
        width of the widest count to come."""
        of_total = self.tr("{0} of {1}")
        self.count.setText(
            everything if shown == total else of_total.format(number(shown), number(total))
        )
        self.keep_count_width(of_total.format(number(total), number(total)))
        self.keep_count_width(self.count.text())

    def keep_count_width(self, widest: str) -> None:
        """Make room for the widest count to come ("2,000 of 2,000"), so the
        filter box does not change width as the count changes while typing."""
        needed = self.count.fontMetrics().horizontalAdvance(widest) + 8
        if needed > self.count.minimumWidth():
            self.count.setMinimumWidth(needed)

    def clear(self) -> None:
        """Show everything again: no text, the combo box on its first choice."""
        self.edit.clear()
        self.combo.setCurrentIndex(0)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            return
        super().keyPressEvent(event)
