"""Where every operation runs: one place for undo, long work, errors and news.

``run(op)`` performs an operation (on a worker with a progress dialog when it
is long), pushes it on the undo stack and broadcasts its Changes on
``ctx.events.changed``; failures are raised, for dialogs that show them
inline. ``attempt(op)`` does the same but shows a failure in a message box.
Undo and redo replay the operations' inverses the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from relations_app import operations as ops  # loaded at the first write, not at start
from relations_app.context import AppContext
from relations_app.operations.progress import NO_PROGRESS, Cancelled, Progress
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.work import Busy, Work

if TYPE_CHECKING:
    from relations_app.operations import Changes, Operation, Outcome


class _Entry(QUndoCommand):
    """One step of the undo history. It holds the operation that flips the
    journal to the other side of the step: the undo after it ran, the redo
    after it was undone."""

    def __init__(self, runner: Runner, label: str, flip: Operation) -> None:
        super().__init__(label)
        self._runner = runner
        self._flip: Operation | None = flip
        self._pushed = True

    def undo(self) -> None:
        self._flip = self._runner.replay(self._flip, undoing=True)

    def redo(self) -> None:
        if self._pushed:  # QUndoStack.push() calls redo(): the operation already ran
            self._pushed = False
            return
        self._flip = self._runner.replay(self._flip, undoing=False)


class Runner(QObject):
    said = Signal(str)  # a short message for the status bar
    replayed = Signal()  # an undo or a redo went through

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.work = Work(window)
        self.stack = QUndoStack(self)

    # -- running ------------------------------------------------------------------
    def run(self, op: Operation, first: Callable[[], None] | None = None) -> Outcome:
        """Perform ``op``, remember it for undo, tell everyone what changed.

        ``first`` runs just before, on the same thread (the backup before an
        import). Raises ValidationError or another StoreError (nothing was
        written), OSError (from ``first``), Cancelled, or Busy while a long job runs.
        """
        outcome = self._execute(op, op.label(), first)
        self.stack.push(_Entry(self, op.label(), outcome.undo))
        return outcome

    def attempt(self, op: Operation, title: str = "") -> Outcome | None:
        """``run(op)``, showing a failure in a message box; None when it failed."""
        try:
            return self.run(op)
        except Cancelled:
            return None
        except FAILURES as error:
            show_failure(self.window, title or op.label(), error)
            return None

    def _execute(
        self, op: Operation, text: str, first: Callable[[], None] | None = None
    ) -> Outcome:
        if self.work.busy:  # the journal has one writer at a time
            raise Busy
        services = self.ctx.services

        def job(progress: Progress = NO_PROGRESS) -> Outcome:
            if first is not None:
                first()
            return ops.perform(op, services, progress)

        if op.is_long():
            outcome = self.work.run(op.label(), text, job, cancellable=op.cancellable)
        else:
            outcome = job()
        self.broadcast(outcome.changes)
        return outcome

    def broadcast(self, changes: Changes) -> None:
        """Tell every view what changed; also for writes made outside operations."""
        if changes:
            self.ctx.events.changed.emit(changes)

    # -- undo and redo ----------------------------------------------------------------
    def connect_actions(self, undo: QAction, redo: QAction) -> None:
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)
        self.stack.canUndoChanged.connect(undo.setEnabled)
        self.stack.canRedoChanged.connect(redo.setEnabled)
        self.stack.undoTextChanged.connect(lambda text: undo.setText(self._undo_text(text)))
        self.stack.redoTextChanged.connect(lambda text: redo.setText(self._redo_text(text)))
        undo.setEnabled(False)
        redo.setEnabled(False)
        undo.setText(self._undo_text(""))
        redo.setText(self._redo_text(""))

    # "&" in a name would be taken for a mnemonic in a menu: written "&&" there
    def _undo_text(self, label: str) -> str:
        label = label.replace("&", "&&")
        return self.tr("&Undo {0}").format(label) if label else self.tr("&Undo")

    def _redo_text(self, label: str) -> str:
        label = label.replace("&", "&&")
        return self.tr("&Redo {0}").format(label) if label else self.tr("&Redo")

    @Slot()
    def undo(self) -> None:
        if self.stack.canUndo() and not self.work.busy:
            self.stack.undo()

    @Slot()
    def redo(self) -> None:
        if self.stack.canRedo() and not self.work.busy:
            self.stack.redo()

    def replay(self, op: Operation | None, undoing: bool) -> Operation | None:
        """Run an undo or a redo; the operation that flips it back, or None.

        QUndoStack has already moved when this runs, so a failure cannot leave
        the step where it was: the history is cleared (the journal itself is
        unchanged, the failed step rolled back) and the user told why.
        """
        if op is None:
            return None
        text = (self.tr("Undo {0}") if undoing else self.tr("Redo {0}")).format(op.label())
        try:
            outcome = self._execute(op, text)
        except (Cancelled, *FAILURES) as error:
            QTimer.singleShot(0, self.stack.clear)  # not from inside the stack's own call
            if not isinstance(error, Cancelled):
                show_failure(
                    self.window,
                    text,
                    error,
                    self.tr("This could not be undone or redone; the undo history is cleared."),
                )
            return None
        said = self.tr("Undone: {0}") if undoing else self.tr("Redone: {0}")
        self.said.emit(said.format(op.label()))
        self.replayed.emit()
        return outcome.undo

    def forget_history(self) -> None:
        """After a restore: the steps in the history no longer describe this journal."""
        self.stack.clear()
