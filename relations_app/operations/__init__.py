"""Every write to the journal is an operation: plain data that runs one service
call in one transaction and says what it changed.

How it fits together:

- An operation (``Operation`` subclass, a frozen dataclass of records and ids)
  names what it touches and applies one service call. ``perform(op, services)``
  runs it in one transaction and returns an ``Outcome``: the service's result,
  the ``Changes`` (kinds and ids) and the operation that undoes it.
- Undo is generic: before the operation runs, the rows it touches are read into
  a snapshot (services/snapshots.py); the rows it creates are found after. The
  undo puts that snapshot back, byte for byte, and is itself an operation whose
  outcome carries the redo. So every operation is undoable and its undo exact.
- In the window, ``ui.runner.Runner`` performs operations, pushes them on the
  QUndoStack (Edit ▸ Undo), runs long ones on a worker with a progress dialog,
  shows StoreError and OSError in one place, and broadcasts the Changes on
  ``events.changed``; views refresh only the ids named there.

Adding an operation (a Today page's "snooze", a contacts merge...):

1. Write the service call, in its own ``store.write()`` transaction.
2. Add a frozen dataclass here with ``label()``, ``touches()`` (the existing rows
   it changes or deletes; ``services.snapshots.with_dependents`` adds what a
   delete cascades to) and ``apply()`` calling the service once. Mark it
   ``is_long()`` if it can take more than a moment.
3. Run it with ``ctx.runner.run(op)`` (errors raised, for a dialog that shows
   them inline) or ``ctx.runner.attempt(op)`` (errors shown in a message box).
4. Add it to tests/operations/test_undo.py: undo and redo must give back the
   export exactly.

The undo history lives for the session: it is not kept across a restart, and a
restore from a backup clears it.
"""

from relations_app.operations.base import (
    NO_PROGRESS,
    Cancelled,
    Operation,
    Outcome,
    Progress,
    PutBack,
    perform,
)
from relations_app.operations.changes import Changes
from relations_app.operations.contacts import ImportContacts, MergePeople
from relations_app.operations.exchange import ImportJournal
from relations_app.operations.help import DeleteHelp, SaveHelp
from relations_app.operations.journal import DeleteConversation, SaveConversation, SetFollowUpDone
from relations_app.operations.offers import DeleteOffer, SaveOffer
from relations_app.operations.people import DeletePerson, SavePerson, SetArchived
from relations_app.operations.practice import (
    MarkHelpDone,
    RecordIntroduction,
    SetInterval,
    SetNextQuestion,
    Snooze,
)
from relations_app.operations.values import (
    DeleteSharedValue,
    DeleteValue,
    SaveSharedValue,
    SaveValue,
)

__all__ = [
    "NO_PROGRESS",
    "Cancelled",
    "Changes",
    "DeleteConversation",
    "DeleteHelp",
    "DeleteOffer",
    "DeletePerson",
    "DeleteSharedValue",
    "DeleteValue",
    "ImportContacts",
    "ImportJournal",
    "MarkHelpDone",
    "MergePeople",
    "Operation",
    "Outcome",
    "Progress",
    "PutBack",
    "RecordIntroduction",
    "SaveConversation",
    "SaveHelp",
    "SaveOffer",
    "SavePerson",
    "SaveSharedValue",
    "SaveValue",
    "SetArchived",
    "SetFollowUpDone",
    "SetInterval",
    "SetNextQuestion",
    "Snooze",
    "perform",
]
