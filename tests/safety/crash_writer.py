"""Child process for the crash harness: writes journal entries through the real
services and prints each one after its commit returns, until it is killed."""

import os
import sys
from pathlib import Path

from relations_app.records import NEW_PERSON, Conversation, Person, PersonRef
from relations_app.services import Services
from relations_app.storage.sqlite import Key
from relations_app.storage.store import Store

# set by the harness to run the same trials on an encrypted journal
PASSPHRASE = os.environ.get("CRASH_WRITER_PASSPHRASE")


def main() -> None:
    path, trial = Path(sys.argv[1]), int(sys.argv[2])
    store = Store(path, Key(PASSPHRASE) if PASSPHRASE else None)
    store.open()
    services = Services.create(store)
    anchor = services.people.save(Person(name=f"Anchor {trial}"))
    print(f"person {anchor.id}", flush=True)
    entry = 0
    while True:
        notes = f"trial {trial} entry {entry} · ça va 🌱 " + "x" * (entry % 50)
        # one user action, several rows: a new person, the conversation, two participants
        saved = services.conversations.save(
            Conversation(
                date=__import__("datetime").date(2026, 1, 1),
                people=(
                    PersonRef(anchor.id, anchor.name),
                    PersonRef(NEW_PERSON, f"New {trial}-{entry}"),
                ),
                notes=notes,
            )
        )
        print(f"conversation {saved.id} {notes}", flush=True)
        entry += 1


if __name__ == "__main__":
    main()
