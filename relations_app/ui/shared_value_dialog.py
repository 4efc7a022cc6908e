"""Record (or edit) a value someone shares with me, and the evidence for it."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QWidget

from relations_app.folding import fold
from relations_app.records import SharedValue, Value
from relations_app.ui.record_dialog import RecordDialog
from relations_app.ui.widgets.forms import plain_text_edit
from relations_app.ui.widgets.optional_date import from_qdate, make_date_edit


class SharedValueDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        person_name: str,
        shared: SharedValue,
        values: list[Value],
        save: Callable[[SharedValue], SharedValue],
    ) -> None:
        super().__init__(parent, save)
        self._original = shared
        self._known = {fold(v.name) for v in values}
        editing = shared.id is not None
        self.setWindowTitle(
            self.tr("Edit shared value") if editing else self.tr("Record a shared value")
        )
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        mine_first = sorted(values, key=lambda v: (not v.mine, fold(v.name)))
        self.value.addItems([v.name for v in mine_first])
        self.value.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.value.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.value.setCurrentText(shared.value_name)
        self.value.lineEdit().setPlaceholderText(self.tr("Honesty, curiosity, generosity..."))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.evidence = plain_text_edit(self.tr("What did they say or do that showed it?"), 120)
        self.evidence.setPlainText(shared.evidence)
        self.noted_on = make_date_edit(shared.noted_on)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), QLabel(f"<b>{html.escape(person_name)}</b>"))
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        form.addRow(self.tr("&Noted on:"), self.noted_on)
        self.finish_layout(form)
        self.value.currentTextChanged.connect(self._update_hint)
        self._update_hint(self.value.currentText())
        (self.evidence if editing else self.value).setFocus()
        self.resize(520, 360)

    def _update_hint(self, text: str) -> None:
        is_new = bool(text.strip()) and fold(text.strip()) not in self._known
        self.hint.setText(
            self.tr("A new value: it will be added to your values.") if is_new else ""
        )
        self.hint.setVisible(is_new)

    def record(self) -> SharedValue:
        return dataclasses.replace(
            self._original,
            value_name=self.value.currentText().strip(),
            evidence=self.evidence.toPlainText(),
            noted_on=from_qdate(self.noted_on.date()),
        )

    def field_widget(self, name: str) -> QWidget | None:
        return {"value_name": self.value, "evidence": self.evidence}.get(name)
