"""Encryption's cost, beside a plain journal measured in the same run: unlocking
(key derivation and first query), opening to the people list, a commit, a
verified backup, the `check` command as a whole process, and converting the
journal with its backups. Section "encryption" of docs/performance.md, and a
summary in docs/data-safety.md."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from report import machine, update_section  # noqa: E402
from sample_data import fill_random  # noqa: E402

from relations_app.paths import DataPaths  # noqa: E402
from relations_app.records import Person  # noqa: E402
from relations_app.services import Services  # noqa: E402
from relations_app.services.encryption import EncryptionService  # noqa: E402
from relations_app.storage.backups import make_backup  # noqa: E402
from relations_app.storage.sqlite import SQLITE_VERSION, Key, file_salt  # noqa: E402
from relations_app.storage.store import Store  # noqa: E402

PEOPLE = 2000  # and 10 conversations each: 20,000, the daily loop's journal
PASSPHRASE = "correct horse battery staple"
RUNS = 5
COMMITS = 200
DATA_SAFETY_MD = HERE.parent / "docs" / "data-safety.md"


def median_ms(run: Callable[[], None], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def figures_for(paths: DataPaths, passphrase: str | None) -> dict[str, float]:
    def new_key() -> Key | None:
        return Key(passphrase) if passphrase else None

    def unlock() -> None:  # what the passphrase dialog waits for
        store = Store(paths.store, new_key())
        store.open()
        store.connection().execute("SELECT count(*) FROM person").fetchone()
        store.close()

    def open_to_list() -> None:
        store = Store(paths.store, new_key())
        store.open()
        Services.create(store).people.summaries()
        store.close()

    store = Store(paths.store, new_key())
    store.open()
    services = Services.create(store)
    commit = median_ms(lambda: services.people.save(Person(name="Bench commit")), COMMITS)
    stamps = iter(range(1000))
    backup = median_ms(
        lambda: make_backup(
            store.connection(),
            paths.backups,
            dt.datetime(2026, 1, 1, 0, 0, next(stamps)),
            "bench",
            store.open_key,
        )
    )
    store.close()
    env = dict(os.environ, RELATIONS_PASSPHRASE=passphrase or "")
    check = [sys.executable, "-m", "relations_app", "check", "--data-dir", str(paths.folder)]
    return {
        "unlock": median_ms(unlock),
        "open": median_ms(open_to_list),
        "commit": commit,
        "backup": backup,
        "check": median_ms(lambda: subprocess.run(check, env=env, check=True, capture_output=True)),
    }


def conversions(paths: DataPaths) -> dict[str, float]:
    store = Store(paths.store)
    store.open()
    crypt = EncryptionService(store, paths.backups, dt.datetime.now)
    found = {
        "encrypt": median_ms(lambda: crypt.encrypt(Key(PASSPHRASE)), 1),
        "rekey": median_ms(lambda: crypt.change_passphrase(Key("another one")), 1),
        "decrypt": median_ms(lambda: crypt.decrypt(), 1),
        "files": 1 + len(list(paths.backups.iterdir())),
    }
    store.close()
    return found


def driver_rows(driven: dict) -> str:
    labels = {"python": "Python's sqlite3", "sqlcipher": "sqlcipher3"}
    return "\n".join(
        f"| {labels[name]} ({version}) | {check:.0f} ms | {scan:.0f} ms |"
        for name, (version, check, scan) in driven.items()
    )


def conversion_line(change: dict) -> str:
    return (
        f"encrypting took {change['encrypt'] / 1000:.1f} s, changing the passphrase "
        f"{change['rekey'] / 1000:.1f} s, removing the encryption {change['decrypt'] / 1000:.1f} s"
    )


def drivers(path: Path) -> dict[str, tuple[str, float, float]]:
    """The driver decision's cost on a plain journal: Python's own SQLite against
    SQLCipher's, quick_check and a scan of every conversation."""
    import sqlite3

    from relations_app.storage.sqlite import driver

    found = {}
    for name, module in (("python", sqlite3), ("sqlcipher", driver)):

        def timed(sql: str, module=module) -> float:
            conn = module.connect(str(path))
            try:
                return median_ms(lambda: conn.execute(sql).fetchall())
            finally:
                conn.close()

        found[name] = (
            module.sqlite_version,
            timed("PRAGMA quick_check"),
            timed("SELECT * FROM conversation"),
        )
    return found


def derivation_ms() -> float:
    salt = os.urandom(16)
    return median_ms(lambda: Key(PASSPHRASE).derived(salt))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plain = DataPaths(Path(tmp) / "plain")
        store = Store(plain.store)
        store.open()
        fill_random(Services.create(store), PEOPLE)
        store.close()
        size_mb = plain.store.stat().st_size / 1e6
        encrypted = DataPaths(Path(tmp) / "encrypted")
        shutil.copytree(plain.folder, encrypted.folder)
        store = Store(encrypted.store)
        store.open()
        EncryptionService(store, encrypted.backups, dt.datetime.now).encrypt(Key(PASSPHRASE))
        store.close()
        assert file_salt(encrypted.store) is not None
        converted = DataPaths(Path(tmp) / "converted")
        shutil.copytree(plain.folder, converted.folder)
        results = {"plain": figures_for(plain, None)}
        derive = derivation_ms()  # between the two: the machine as busy as for them
        results["encrypted"] = figures_for(encrypted, PASSPHRASE)
        change = conversions(converted)
        driven = drivers(plain.store)
    print(results, change, derive, driven)
    write(results, change, derive, size_mb, driven)


def write(results: dict, change: dict, derive: float, size_mb: float, driven: dict) -> None:
    plain, encrypted = results["plain"], results["encrypted"]

    def row(label: str, name: str, digits: int = 0) -> str:
        ratio = encrypted[name] / plain[name] if plain[name] else 0
        return (
            f"| {label} | {plain[name]:.{digits}f} ms | {encrypted[name]:.{digits}f} ms "
            f"| {ratio:.1f}× |"
        )

    table = "\n".join(
        [
            "| measure | plain | encrypted | ratio |",
            "| --- | --- | --- | --- |",
            row("unlock: open with all checks, then a first query", "unlock"),
            row("opening to the people list (all checks, every summary)", "open"),
            row("a commit (one person saved, synchronous=FULL, WAL)", "commit", 2),
            row("a verified backup", "backup"),
            row("`relations check`, whole process from spawn to exit", "check"),
        ]
    )
    update_section(
        "encryption",
        f"""
## Encryption at {PEOPLE:,} people and {PEOPLE * 10:,} conversations ({size_mb:.0f} MB)

`bench/bench_encryption.py`, {dt.date.today().isoformat()}, {machine()}, SQLite
{SQLITE_VERSION} (SQLCipher 4) for both columns, median of {RUNS} ({COMMITS} for commits). The
two columns come from one run on a 2-core machine shared with other work: compare them with
each other, not with other sections (the same run a few minutes apart varied by a third).

{table}

Of the unlock, {derive:.0f} ms is the key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds),
done once per journal opened: its backups share its salt, so listing or checking them costs no
more derivations. A commit costs the same (the disk's flush dominates both). Converting the
journal and its {change["files"] - 1} backups, each checked row by row, a backup taken first:
{conversion_line(change)}.

Every journal, plain or not, goes through SQLCipher's SQLite (storage/sqlite.py says why). On
the plain journal, against Python's own SQLite in the same run:

| SQLite | quick_check | reading every conversation |
| --- | --- | --- |
{driver_rows(driven)}
""",
    )
    update_section(
        "encryption",
        f"""
Measured by `bench/bench_encryption.py` on {PEOPLE:,} people and {PEOPLE * 10:,} conversations
({machine()}), beside a plain journal in the same run:

| | plain | encrypted |
| --- | --- | --- |
| unlocking (opening with every check, and a first query) | {plain["unlock"]:.0f} ms | {encrypted["unlock"]:.0f} ms |
| of which the key derivation that makes every guess slow | | {derive:.0f} ms |
| a commit | {plain["commit"]:.2f} ms | {encrypted["commit"]:.2f} ms |

{conversion_line(change).capitalize()}. docs/performance.md has the rest.
""",
        DATA_SAFETY_MD,
    )


if __name__ == "__main__":
    main()
