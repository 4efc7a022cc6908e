"""Work on another thread than the window's.

peewee gives each thread its own connection to the journal, opened on first
use with the same pragmas; a worker must close its own when its work is done,
or the connection would outlive the work (and hold the write-ahead log open).
"""

from __future__ import annotations

import peewee

from relations_app.storage.database import db
from relations_app.storage.sqlite import DatabaseError


def release_connection() -> None:
    """Close the calling thread's connection to the journal, if it opened one.

    Never raises: the work is over either way, and a connection that will not
    close (peewee refuses while it thinks a transaction is open) goes with its
    thread, whose local data Python drops when the thread ends.
    """
    try:
        if not db.is_closed():
            db.close()
    except (peewee.DatabaseError, DatabaseError):
        pass
