"""The store opens safely, refuses what it must not touch, and migrates."""

import os
import sqlite3

import pytest

from relations_app.storage.database import APPLICATION_ID, db
from relations_app.storage.errors import (
    DamagedStoreError,
    ForeignFileError,
    NewerStoreError,
    StoreError,
)
from relations_app.storage.migrations import CURRENT_VERSION
from relations_app.storage.store import LostWalError, Store


def pragma(name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_new_store_has_pragmas_schema_and_private_files(tmp_path):
    os.umask(0o022)
    try:
        store = Store(tmp_path / "fresh" / "relations.sqlite3")
        store.open()
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("user_version") == CURRENT_VERSION
        assert pragma("application_id") == APPLICATION_ID
        folder_mode = (tmp_path / "fresh").stat().st_mode & 0o777
        file_mode = store.path.stat().st_mode & 0o777
        store.close()
    finally:
        os.umask(0o077)
    assert folder_mode == 0o700
    assert file_mode == 0o600


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path, services):
    from relations_app.records import Person

    services.people.save(Person(name="Ana"))
    path = services.store.path
    services.store.close()
    store = Store(path)
    store.open()
    assert [r for r in db.execute_sql("SELECT name FROM person")] == [("Ana",)]
    store.close()
    services.store.open()  # the fixture closes it again


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", DamagedStoreError),
        (b"this is not a database at all" * 10, DamagedStoreError),
    ],
    ids=["zero-bytes", "not-sqlite"],
)
def test_files_that_are_not_stores_are_refused_untouched(tmp_path, content, error):
    path = tmp_path / "relations.sqlite3"
    path.write_bytes(content)
    with pytest.raises(error):
        Store(path).open()
    assert path.read_bytes() == content


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerStoreError) as raised:
        Store(path).open()
    assert "newer version" in str(raised.value)
    assert path.read_bytes() == before


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "relations.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignFileError):
        Store(path).open()


def test_a_truncated_store_is_detected(tmp_path, services):
    from relations_app.records import Person

    for i in range(300):
        services.people.save(Person(name=f"Person {i}", notes="x" * 500))
    path = services.store.path
    services.store.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    with pytest.raises(DamagedStoreError):
        Store(path).open()
    path.unlink()
    services.store.open()


def test_a_missing_write_ahead_log_after_a_crash_is_detected(tmp_path):
    path = tmp_path / "relations.sqlite3"
    store = Store(path)
    store.open()
    # a crash leaves the open marker; someone then deletes the -wal file
    db.close()
    store.wal_path.unlink(missing_ok=True)
    with pytest.raises(LostWalError):
        Store(path).open()


def test_write_failures_become_store_errors_and_roll_back(services):
    from relations_app.storage.tables import PersonTable

    with pytest.raises(StoreError):
        with services.store.write():
            PersonTable.insert(name="Half", created_at="x", updated_at="x").execute()
            db.execute_sql("INSERT INTO no_such_table VALUES (1)")
    assert PersonTable.select().count() == 0
