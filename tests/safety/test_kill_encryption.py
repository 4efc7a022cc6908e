"""Kill `relations encrypt`, `change-passphrase` and `decrypt` with SIGKILL at
random moments: after every kill the journal at its path is whole, plain or
encrypted (with the old passphrase or the new), with every record; once the
next start has run, nothing plain is left in the folder of an encrypted
journal, and no temporary copy at all.

As in test_kill_harness: a floor on the number of trials, none on where the
kills land; each test prints how they fell.
"""

import collections
import random
import shutil
import time
from pathlib import Path

import pytest

from relations_app.paths import DataPaths
from relations_app.services.backups import open_store
from relations_app.storage import files
from relations_app.storage.backups import list_backups
from relations_app.storage.sqlite import Key, connect, is_plain
from relations_app.storage.store import Store
from tests.conftest import fixed_clock
from tests.safety.encrypted import (
    backups,
    encryption,
    open_services,
    plain_hits,
    write_secrets,
)
from tests.safety.test_kill_harness import kill_at, kill_time, spawn

TRIALS = 10
FIRST, SECOND = "first passphrase", "second passphrase"


def names(path: Path, key: Key | None) -> frozenset[str]:
    """The people of a journal whose full integrity check passes."""
    conn = connect(path, key, read_only=True, immutable=not Path(f"{path}-wal").exists())
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return frozenset(row[0] for row in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def which_key(path: Path) -> str | None:
    """The passphrase that opens the journal now (None: it is plain)."""
    if is_plain(path):
        return None
    for passphrase in (FIRST, SECOND):
        try:
            connect(path, Key(passphrase), read_only=True, immutable=True).close()
            return passphrase
        except Exception:
            continue
    pytest.fail(f"{path.name} is neither plain nor opened by either passphrase")


def template(folder: Path, passphrase: str | None) -> frozenset[str]:
    """A journal of 300 people with long notes, three backups and a kept journal."""
    paths = DataPaths(folder)
    services = open_services(paths)
    for serial in range(300):
        write_secrets(services, serial)
        if serial % 100 == 99:
            backups(services, paths).backup_now(keep_all=True)
    services.store.close()
    kept = folder / "relations.sqlite3.damaged-20260101-000000"
    shutil.copy(paths.store, kept)
    if passphrase is not None:
        services = open_services(paths)
        encryption(services, paths).encrypt(Key(passphrase))
        services.store.close()
    return names(paths.store, Key(passphrase) if passphrase else None)


def next_start(paths: DataPaths, passphrase: str | None, monkeypatch) -> None:
    """What the next start does: remove leftovers, finish the conversion."""
    monkeypatch.setattr(files, "PROCESS_STARTED", time.time() + 1, raising=False)
    store = Store(paths.store, Key(passphrase) if passphrase else None)
    open_store(store, paths.backups, fixed_clock)
    store.close()
    list_backups(paths.backups)
    assert [p.name for p in paths.folder.rglob(".*coming-*")] == []


CASES = {
    # command, passphrase before, environment
    "encrypt": (None, {"RELATIONS_PASSPHRASE": FIRST}),
    "change-passphrase": (
        FIRST,
        {"RELATIONS_PASSPHRASE": FIRST, "RELATIONS_NEW_PASSPHRASE": SECOND},
    ),
    "decrypt": (FIRST, {"RELATIONS_PASSPHRASE": FIRST}),
}


@pytest.mark.parametrize("command", list(CASES))
def test_a_killed_conversion_leaves_a_whole_journal_and_nothing_plain(
    tmp_path, monkeypatch, command
):
    before, environment = CASES[command]
    original = DataPaths(tmp_path / "template")
    people = template(original.folder, before)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    measure = DataPaths(tmp_path / "measure")
    shutil.copytree(original.folder, measure.folder)
    started = time.monotonic()
    out, _ = spawn(measure.folder, command).communicate(timeout=120)
    longest = time.monotonic() - started
    assert which_key(measure.store) != before, out
    rng = random.Random(15 + len(command))
    fell = collections.Counter()
    for trial in range(TRIALS):
        paths = DataPaths(tmp_path / f"trial-{trial}")
        shutil.copytree(original.folder, paths.folder)
        out, killed = kill_at(spawn(paths.folder, command), kill_time(rng, longest))
        now = which_key(paths.store)
        key = Key(now) if now else None
        assert names(paths.store, key) == people, f"trial {trial}: records lost"
        if out.strip():
            assert now != before, f"trial {trial}: said done, but the journal is as before"
        next_start(paths, now, monkeypatch)
        assert names(paths.store, key) == people
        if now is not None:
            assert plain_hits(paths.folder) == [], (
                f"trial {trial} ({'killed' if killed else 'done'})"
            )
        elif command == "decrypt":  # copies go first: a plain journal has plain copies
            assert all(is_plain(p) for p in paths.backups.iterdir())
        fell[
            ("killed" if killed else "finished", "converted" if now != before else "as before")
        ] += 1
        shutil.rmtree(paths.folder)
    print(f"{command}: {TRIALS} trials in a run of {longest:.2f} s: {dict(fell)}")
