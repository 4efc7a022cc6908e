"""Write a large journal for the benchmarks, with the code found first on
PYTHONPATH (the version being timed, or an older one).

    python bench/make_journal.py FOLDER PEOPLE

Ten conversations a person, notes written with JournalText, and one talk two
years ago that mentions okonomiyaki, the word the benchmarks search for.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_data import JournalText, fill_random  # noqa: E402

from relations_app.records import Conversation, PersonRef  # noqa: E402
from relations_app.services import Services  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

WORD = "okonomiyaki"


def main(folder: Path, people: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    store = Store(folder / "relations.sqlite3")
    store.open()
    services = Services.create(store)
    started = time.perf_counter()
    fill_random(services, people, text=JournalText())
    someone = services.people.get(people // 2)
    services.conversations.save(
        Conversation(
            date=dt.date.today() - dt.timedelta(days=730),
            people=(PersonRef(someone.id, someone.name),),
            notes=f"Dinner in Osaka: {WORD.title()} with her brother, and plans for a trip.",
        )
    )
    store.close()
    print(f"{people} people: {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
