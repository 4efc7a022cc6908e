"""How long work reports how far it got and hears about Cancel.

Apart from the operations (base.py), which load the services' snapshots: the
window's worker and progress dialog (ui/work.py) are made at start, the
operations on the first write.
"""

from __future__ import annotations


class Cancelled(Exception):
    """The user pressed Cancel; the transaction was rolled back, nothing was written."""


class Progress:
    """How long work reports how far it got and hears about Cancel.

    This one ignores reports and is never cancelled; the window hands long work
    one that moves a progress dialog.
    """

    @property
    def cancelled(self) -> bool:
        return False

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps; total 0 when it cannot be known."""


NO_PROGRESS = Progress()
