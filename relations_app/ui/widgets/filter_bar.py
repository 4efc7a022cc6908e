"""A filter box with a clear button, plus room for a combo box beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget


class ElidingComboBox(QComboBox):
    """Shows a long choice as "Alexandra Pap…" when the box is narrower than it.

    QComboBox only clips; a capped width (setMinimumContentsLength) needs this.
    """

    def paintEvent(self, event) -> None:
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
