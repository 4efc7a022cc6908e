"""The check of every table, made on a thread while the window is built
(Store.open(check_aside=True)): nothing is written before it has passed, the
window is never shown over a journal it finds damaged, and the damage is
reported with the same choices as damage found at opening."""

import peewee
import pytest

from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.storage import sqlite
from relations_app.storage.database import db
from relations_app.storage.errors import DamagedStoreError
from relations_app.storage.store import Store
from relations_app.ui.launch import _shown
from relations_app.ui.session import Session, checked_window
from relations_app.ui.startup import open_or_recover
from tests.conftest import fixed_clock
from tests.safety.test_safety_ui import answer, journal_with_backup


def damage_a_table(path) -> None:
    """Garble the cell pointers of the person table's first page: the header
    and the schema still read, only a check of the table finds it."""
    connection = sqlite.connect(path)
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person'"
    ).fetchone()
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


def test_the_check_made_aside_finds_damage_in_a_table_and_writes_nothing(tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    damage_a_table(paths.store)
    before = paths.store.read_bytes()
    store = Store(paths.store)
    store.open(check_aside=True)  # the header and the schema are sound
    with pytest.raises(DamagedStoreError, match="relations.sqlite3"):
        with store.write():
            db.execute_sql("DELETE FROM person")
    assert not store.is_open
    assert paths.store.read_bytes() == before
    assert not (paths.folder / "relations.sqlite3-open").exists()
    store.close()  # closing again is harmless


def test_nothing_is_written_before_the_check_made_aside_has_passed(tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    store = Store(paths.store)
    store.open(check_aside=True)
    try:
        with pytest.raises(peewee.OperationalError, match="readonly"):
            db.execute_sql("DELETE FROM person")  # past the store: SQLite refuses it
        services = Services.create(store, clock=fixed_clock)
        services.people.save(Person(name="Cy"))  # the store's write waits for the check
        assert sorted(s.person.name for s in services.people.summaries()) == [
            "Ana from the backup",
            "Bo after the backup",
            "Cy",
        ]
    finally:
        store.close()


def test_an_error_building_over_a_damaged_journal_is_reported_as_the_damage(tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    damage_a_table(paths.store)
    store = Store(paths.store)
    store.open(check_aside=True)

    def build():
        raise peewee.DatabaseError("database disk image is malformed")

    with pytest.raises(DamagedStoreError):
        checked_window(build, store)
    store.close()


def test_the_window_waits_for_the_check_and_a_damaged_journal_is_recovered_first(
    qapp, qtbot, tmp_path
):
    paths = journal_with_backup(tmp_path / "data")
    damage_a_table(paths.store)
    store = open_or_recover(paths, fixed_clock, interactive=False, check_aside=True)
    assert store is not None  # the damage is in a table: only the check finds it
    session = Session(paths, store, clock=fixed_clock)
    seen = {}
    answer("Restore the backup of 15 Jun 2026", seen)
    try:
        assert _shown(session, paths, interactive=True)
        window = session.window
        qtbot.addWidget(window)
        assert window.isVisible()
        assert [s.person.name for s in window.ctx.services.people.summaries()] == [
            "Ana from the backup"
        ]
        qtbot.waitUntil(lambda: window.today.agenda is not None)  # the rest, after the frame
    finally:
        session.close()
        store.close()
    assert "damaged" in seen["text"]
    assert len(list(DataPaths(paths.folder).folder.glob("relations.sqlite3.damaged-*"))) == 1


def test_quitting_the_recovery_after_the_check_shows_no_window(qapp, tmp_path):
    paths = journal_with_backup(tmp_path / "data")
    damage_a_table(paths.store)
    before = paths.store.read_bytes()
    store = open_or_recover(paths, fixed_clock, interactive=False, check_aside=True)
    session = Session(paths, store, clock=fixed_clock)
    answer("Quit", {})
    assert not _shown(session, paths, interactive=True)
    assert session.window is None or not session.window.isVisible()
    store.close()
    assert paths.store.read_bytes() == before
    assert not list(paths.folder.glob("*.damaged-*"))


def test_a_table_damaged_in_many_places_is_reported_by_its_first_problem(tmp_path):
    """SQLite's check of one table lists up to a hundred problems in one
    answer: the recovery dialog showed them all, a hundred lines, its buttons
    below the screen. The first one says enough (as quick_check(1) did before
    the check went table by table)."""
    paths = journal_with_backup(tmp_path / "data")
    store = Store(paths.store)
    store.open()
    with db.atomic():
        for n in range(400):  # a person table of many pages
            db.execute_sql(
                "INSERT INTO person (name, notes, created_at, updated_at)"
                " VALUES (?, ?, '2026-01-01', '2026-01-01')",
                (f"P{n}", "a note " * 60),
            )
    store.close()
    data = bytearray(paths.store.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    leaves = [
        start
        for start in range(page_size, len(data), page_size)
        if data[start] == 0x0D and b"a note" in data[start : start + page_size]
    ]
    assert len(leaves) > 5
    for start in leaves:  # the cell pointers of each of the table's pages garbled
        data[start + 8 : start + 40] = b"\xff" * 32
    paths.store.write_bytes(bytes(data))
    store.open(check_aside=True)
    with pytest.raises(DamagedStoreError) as raised:
        store.finish_check()
    message = str(raised.value)
    assert message.startswith("relations.sqlite3: ") and "\n" not in message
    assert "***" not in message  # SQLite's heading of its answer, no problem of its own
    store.close()
