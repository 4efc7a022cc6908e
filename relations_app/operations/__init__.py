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

import importlib

# Each name is imported from its module on first use (PEP 562): the window
# starts with the few it needs, not every operation's service and snapshot code.
_MODULES = {
    "base": ("Operation", "Outcome", "PutBack", "perform"),
    "changes": ("Changes",),
    "contacts": ("ImportContacts", "MergePeople"),
    "exchange": ("ImportJournal",),
    "help": ("DeleteHelp", "SaveHelp"),
    "journal": ("DeleteConversation", "SaveConversation", "SetFollowUpDone"),
    "offers": ("DeleteOffer", "SaveOffer"),
    "people": ("DeletePerson", "SavePerson", "SetArchived"),
    "progress": ("NO_PROGRESS", "Cancelled", "Progress"),
    "practice": ("MarkHelpDone", "RecordIntroduction", "SetInterval", "SetNextQuestion", "Snooze"),
    "values": ("DeleteSharedValue", "DeleteValue", "SaveSharedValue", "SaveValue"),
}
_MODULE_OF = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str):  # noqa: ANN202 - the module's lazy attributes
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


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
