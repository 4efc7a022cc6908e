"""A damaged store is detected in every shape; migrations keep every row or none."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.backups import open_store
from relations_app.storage import migrations
from relations_app.storage.backups import list_backups
from relations_app.storage.encryption import convert_files
from relations_app.storage.errors import DamagedStoreError, StoreError
from relations_app.storage.sqlite import Key, is_plain
from relations_app.storage.store import LostWalError, Store
from tests.conftest import NOW, fixed_clock
from tests.safety.encrypted import PASSPHRASE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def filled_store(path: Path, people: int = 200) -> None:
    store = Store(path)
    store.open()
    services = Services.create(store, clock=fixed_clock)
    for i in range(people):
        services.people.save(Person(name=f"Person {i}", notes="n" * 400))
    store.close()


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "zeroed-header":
        data[:100] = bytes(100)
    elif how == "garbled-page":
        page = int.from_bytes(data[16:18], "big") if is_plain(path) else 4096
        data[page * 5 : page * 5 + page] = os.urandom(page)
    elif how == "truncated":
        data = data[: len(data) // 3]
    elif how == "zero-bytes":
        data = bytearray()
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
@pytest.mark.parametrize("how", ["zeroed-header", "garbled-page", "truncated", "zero-bytes"])
def test_every_kind_of_damage_is_detected_before_anything_is_written(tmp_path, how, passphrase):
    path = tmp_path / "relations.sqlite3"
    filled_store(path)
    key = Key(passphrase) if passphrase else None
    if key is not None:
        convert_files(path, [], None, key)
    damage(path, how)
    before = path.read_bytes()
    with pytest.raises(DamagedStoreError):
        Store(path, key).open()
    assert path.read_bytes() == before


def test_a_garbled_page_of_the_search_index_is_detected(tmp_path):
    """Opening checks every table one by one (storage/database.py says why):
    the index's own tables are among them."""
    path = tmp_path / "relations.sqlite3"
    filled_store(path)
    connection = sqlite3.connect(path)
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person_text_data'"
    ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page : root * page] = os.urandom(page)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedStoreError):
        Store(path).open()


CRASHING_WRITER = textwrap.dedent("""
    import sys, time, datetime as dt
    from pathlib import Path
    from relations_app.records import Person
    from relations_app.services import Services
    from relations_app.storage.store import Store
    store = Store(Path(sys.argv[1])); store.open()
    services = Services.create(store)
    for i in range(20):
        services.people.save(Person(name=f"Committed {i}"))
    print("ready", flush=True)
    time.sleep(60)
""")


def test_a_missing_write_ahead_log_after_a_real_crash_is_detected(tmp_path):
    path = tmp_path / "relations.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the commits live in the log
    wal.unlink()
    with pytest.raises(LostWalError):
        Store(path).open()


def test_a_process_that_ends_without_closing_is_not_taken_for_a_crash(tmp_path):
    path = tmp_path / "relations.sqlite3"
    script = CRASHING_WRITER.replace('print("ready", flush=True)\ntime.sleep(60)', "")
    assert "sleep" not in script
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    store = Store(path)
    store.open()
    assert Services.create(store).people.count() == 20
    store.close()


def test_after_a_crash_with_the_log_present_every_commit_is_there(tmp_path):
    path = tmp_path / "relations.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()
    store = Store(path)
    store.open()
    assert Services.create(store).people.count() == 20
    store.close()


def test_the_schema_fixture_of_every_released_version_opens_with_all_its_rows(tmp_path):
    """Each old store, migrated, holds what its export of the day holds: both are
    read by today's code (the export imported into an empty journal), so fields
    added since take their defaults on both sides."""
    fixtures = sorted(FIXTURES.glob("schema-v*.sqlite3"))
    assert [f.name for f in fixtures] == [f"schema-v{v}.sqlite3" for v in sorted(migrations.STEPS)]
    for fixture in fixtures:
        copy = tmp_path / fixture.stem / "relations.sqlite3"
        copy.parent.mkdir()
        shutil.copy(fixture, copy)
        store = Store(copy)
        open_store(store, copy.parent / "backups", fixed_clock)
        exported = Services.create(store).exchange.export_document()
        store.close()
        assert exported == _imported_export(fixture.with_suffix(".json"), tmp_path / fixture.stem)


def _imported_export(path: Path, folder: Path) -> dict:
    store = Store(folder / "from-json" / "relations.sqlite3")
    store.open()
    services = Services.create(store, clock=fixed_clock)
    services.exchange.import_document(services.exchange.read_json(path))
    exported = services.exchange.export_document()
    store.close()
    return exported


def test_a_migration_step_is_backed_up_first_and_a_failing_step_changes_nothing(
    tmp_path, monkeypatch
):
    path = tmp_path / "relations.sqlite3"
    filled_store(path, people=3)
    current = migrations.CURRENT_VERSION
    failing = (
        "ALTER TABLE person ADD COLUMN mood TEXT",
        "UPDATE person SET mood = 'ok'",
        "THIS IS NOT SQL",
    )
    monkeypatch.setitem(migrations.STEPS, current + 1, failing)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    monkeypatch.setattr("relations_app.storage.store.CURRENT_VERSION", current + 1)
    store = Store(path)
    with pytest.raises(StoreError):
        open_store(store, tmp_path / "backups", fixed_clock)
    backups = list_backups(tmp_path / "backups")
    assert [b.reason for b in backups] == [f"before-schema-{current + 1}"]
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    columns = [row[1] for row in conn.execute("PRAGMA table_info(person)")]
    assert "mood" not in columns
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 3
    conn.close()


def test_a_good_migration_step_runs_once_and_keeps_rows(tmp_path, monkeypatch):
    path = tmp_path / "relations.sqlite3"
    filled_store(path, people=3)
    current = migrations.CURRENT_VERSION
    monkeypatch.setitem(migrations.STEPS, current + 1, ("ALTER TABLE person ADD COLUMN mood TEXT",))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    monkeypatch.setattr("relations_app.storage.store.CURRENT_VERSION", current + 1)
    store = Store(path)
    open_store(store, tmp_path / "backups", fixed_clock)
    assert migrations.schema_version(store_db()) == current + 1
    assert Services.create(store).people.count() == 3
    store.close()


def store_db():
    from relations_app.storage.database import db

    return db


assert NOW  # the fixed clock the fixtures use


def test_a_journal_made_now_is_not_backed_up_between_its_first_steps(tmp_path, monkeypatch):
    current = migrations.CURRENT_VERSION
    monkeypatch.setitem(migrations.STEPS, current + 1, ("ALTER TABLE person ADD COLUMN mood TEXT",))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", current + 1)
    monkeypatch.setattr("relations_app.storage.store.CURRENT_VERSION", current + 1)
    store = Store(tmp_path / "relations.sqlite3")
    open_store(store, tmp_path / "backups", fixed_clock)
    store.close()
    assert list_backups(tmp_path / "backups") == []
