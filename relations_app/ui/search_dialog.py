"""Search everything (Ctrl+K): one box, the people and conversations that hold
the words, the words in bold where they were found. Enter or a click opens
the result; the arrow keys move through the results while typing goes on.

The dialog never touches the journal: it is given the search to run and
says what was chosen (``chosen``); the main window opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relations_app.colours import Tone, css
from relations_app.i18n import quoted
from relations_app.models.search_results_model import Row, RowKind, SearchResultsModel
from relations_app.services.search import SearchResults
from relations_app.ui.search_delegate import SearchResultDelegate

Search = Callable[[str], SearchResults]
# keys typed into the box that move through the results instead
MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 8,
    Qt.Key.Key_PageUp: -8,
}

# at most this much of the text is quoted back in "Nothing in the journal holds …"
QUOTED_LONGEST = 40


class SearchDialog(QDialog):
    # closed by the idle lock (ui/session.py) instead of holding it back
    HOLDS_NOTHING_UNSAVED = True

    def __init__(self, search: Search, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self._search = search
        self.chosen: Row | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("A name, a place, a word from a conversation…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Search the journal"))
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(self.tr("Results"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {css(Tone.MUTED)}; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.results)
        hint = QLabel(self.tr("↑ ↓ to move, Enter to open, Esc to close"))
        hint.setStyleSheet(f"color: {css(Tone.MUTED)};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)
        # keystrokes that came while a search ran make one search, not one each
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.clicked.connect(self.open_result)
        self.results.activated.connect(self.open_result)
        self._fit(parent)
        self.edit.setText(text)
        self.edit.selectAll()
        self.run_search()

    def _fit(self, parent: QWidget | None) -> None:
        width, height = 680, 520
        if parent is not None:
            width = max(420, min(width, parent.width() - 80))
            height = max(320, min(height, parent.height() - 80))
        self.resize(width, height)

    @Slot()
    def run_search(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        results = self._search(text) if text.strip() else None
        self.model.set_results(results)
        if results is None or results.empty():
            self.message.setText(self._empty_text(text, results))
            self.stack.setCurrentWidget(self.message)
            return
        self.stack.setCurrentWidget(self.results)
        self._move_to(0, 1)
        self.results.scrollToTop()

    def _empty_text(self, text: str, results: SearchResults | None) -> str:
        if results is None:
            return self.tr(
                "Find a word anywhere in the journal: a name, an organisation, a city, "
                "what you talked about, what you learned. Capitals and accents do not matter."
            )
        if not results.words:
            return self.tr("Type letters or digits to search.")
        typed = text.strip()
        if len(typed) > QUOTED_LONGEST:  # one word too long to wrap widened the box
            typed = typed[:QUOTED_LONGEST].rstrip() + "…"
        return self.tr("Nothing in the journal holds %1.").replace("%1", quoted(typed))

    def _move_to(self, row: int, step: int) -> None:
        """Make ``row`` current, or the next result from it in the direction of ``step``."""
        direction = 1 if step > 0 else -1
        rows = self.model.rowCount()
        row = max(0, min(rows - 1, row))
        while 0 <= row < rows and not self.model.flags(self.model.index(row, 0)):
            row += direction
        if not 0 <= row < rows:
            return
        index = self.model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in MOVES:
                self._step(MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # what is typed, even if its search has not run yet
                    self.run_search()
                self.open_result(self.results.currentIndex())
                return True
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            return self._list_key(event.key())
        return super().eventFilter(watched, event)

    def _list_key(self, key: int) -> bool:
        """Home, End and the page keys in the list, past the headings: Qt
        asked for the first row, always a heading, and stayed where it was."""
        if key == Qt.Key.Key_Home:
            self._move_to(0, 1)
        elif key == Qt.Key.Key_End:
            self._move_to(self.model.rowCount() - 1, -1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._step(MOVES[key])
        else:
            return False
        return True

    def _step(self, step: int) -> None:
        current = self.results.currentIndex()
        if not current.isValid():
            self._move_to(0, 1)
            return
        target = current.row() + step
        self._move_to(target, step)
        if self.results.currentIndex() == current and abs(step) > 1:  # past the end: the last
            self._move_to(self.model.rowCount() - 1 if step > 0 else 0, -step)

    @Slot(QModelIndex)
    def open_result(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.kind == RowKind.HEADING or self.chosen is not None:
            return
        self.chosen = row
        self.accept()

    def searched_text(self) -> str:
        return self.edit.text()
