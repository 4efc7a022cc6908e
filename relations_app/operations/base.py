"""The operation protocol, running one, and the operation that undoes any other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from relations_app.operations.changes import Changes
from relations_app.operations.progress import NO_PROGRESS, Cancelled, Progress
from relations_app.services import Services
from relations_app.services.snapshots import RowKeys, Snapshot
from relations_app.storage.database import classify_sqlite_error
from relations_app.storage.errors import StoreError

# SQLite calls the progress handler every this many virtual-machine steps: a
# few hundred times a second, enough for a smooth bar and a prompt Cancel.
STEPS_PER_TICK = 20_000
# Putting back more rows than this (undoing a large import) is long work.
LONG_PUT_BACK = 2000


@contextmanager
def rows_counted(
    services: Services, progress: Progress, total: int, done: Callable[[], int] | None = None
) -> Iterator[None]:
    """Report the rows written so far to ``progress`` while the block runs, and
    interrupt the statement under way once it is cancelled (the transaction is
    then rolled back, nothing written). ``done()``, when given, counts instead:
    SQLite's count of rows changed includes what its triggers and its
    full-text index write besides."""
    connection = services.store.connection()
    start = connection.total_changes

    def tick() -> int:
        progress.report(done() if done else connection.total_changes - start, total)
        return 1 if progress.cancelled else 0

    connection.set_progress_handler(tick, STEPS_PER_TICK)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)
    progress.report(total, total)


class Operation:
    """One write to the journal, as plain data.

    Subclasses are frozen dataclasses holding records and ids (never Qt
    objects or peewee rows), and implement:

    - ``label()``: what the user did, for Edit ▸ Undo ("Delete Amélie Laurent");
    - ``touches(services)``: the existing rows it will change or delete, with
      whatever a delete cascades to (rows it creates are found by themselves);
    - ``apply(services, progress)``: one service call; returns its result.

    ``is_long()`` says it should run on a worker with a progress dialog, and
    ``cancellable`` that its Cancel button may be offered (it stops cleanly).
    """

    cancellable: ClassVar[bool] = False

    def label(self) -> str:
        raise NotImplementedError

    def touches(self, services: Services) -> RowKeys:
        return RowKeys()

    def apply(self, services: Services, progress: Progress) -> Any:
        raise NotImplementedError

    def is_long(self) -> bool:
        return False


@dataclass(frozen=True)
class Outcome:
    result: Any  # what the service call returned (the saved record...)
    changes: Changes
    undo: Operation  # runs the operation backwards; its own outcome's undo redoes it


def perform(op: Operation, services: Services, progress: Progress = NO_PROGRESS) -> Outcome:
    """Run ``op`` in one transaction: snapshot what it touches, apply it, find
    what it created and what that changes for the views.

    Raises what the service raises (ValidationError, StoreError) or Cancelled;
    the transaction is then rolled back and the journal is as it was.
    """
    snapshots = services.snapshots
    try:
        with services.store.write():
            newest = snapshots.newest_ids()
            touched = op.touches(services)
            before = snapshots.read(touched)
            result = op.apply(services, progress)
            if progress.cancelled:
                raise Cancelled
            keys = touched | snapshots.created_since(newest)
            changes = changes_of(services, keys, before)
    except StoreError as error:
        # Cancel interrupts the statement under way (SQLite's progress handler),
        # and SQLite then rolls back by itself: what surfaces is its error.
        if progress.cancelled:
            raise Cancelled from None
        raise first_failure(error) from error
    return Outcome(result, changes, PutBack(op.label(), Snapshot(keys, before.tables)))


BOOKKEEPING = ("no such savepoint", "no transaction is active")


def first_failure(error: StoreError) -> StoreError:
    """The error the user needs, from the chain a nested transaction leaves.

    On a full disk SQLite rolls back the whole transaction by itself; the
    savepoint of the service call inside the operation's transaction is then
    gone, and rolling it back fails with "no such savepoint", which hides the
    cause. Walk back to the first error that is not such bookkeeping.
    """
    if not any(text in str(error) for text in BOOKKEEPING):
        return error
    found: BaseException | None = error
    first: BaseException | None = None
    while found is not None:
        if not isinstance(found, StoreError) and not any(t in str(found) for t in BOOKKEEPING):
            first = found
        found = found.__cause__ or found.__context__
    if first is None:
        return error
    return StoreError(str(first), classify_sqlite_error(first))


def changes_of(services: Services, keys: RowKeys, before: Snapshot) -> Changes:
    """Everything a view may show differently once the rows in ``keys`` changed:
    a person's row shows their last conversation, shared values and help; a
    conversation's row shows its people's names."""
    s = services.snapshots
    people = set(keys.people)
    for table in ("participant", "shared_value", "help"):
        people |= before.column(table, "person_id")
    people |= s.participants_of(keys.conversations)
    people |= s.owners("shared_value", keys.shared_values) | s.owners("help", keys.help)
    people |= s.people_sharing(keys.values)
    return Changes.of(
        people=people,
        conversations=keys.conversations | s.conversations_of(keys.people),
        values=keys.values,
        shared_values=keys.shared_values,
        help=keys.help,
        offers=keys.offers,
    )


@dataclass(frozen=True)
class PutBack(Operation):
    """Put rows back as a snapshot holds them: the undo of every operation.

    Its label is the label of the operation it undoes (or redoes).
    """

    what: str
    snapshot: Snapshot

    def label(self) -> str:
        return self.what

    def touches(self, services: Services) -> RowKeys:
        return self.snapshot.keys

    def apply(self, services: Services, progress: Progress) -> None:
        services.snapshots.put_back(self.snapshot)

    def is_long(self) -> bool:
        return len(self.snapshot.keys) > LONG_PUT_BACK
