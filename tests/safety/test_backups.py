"""Backups: verified copies, a schedule, retention, and restore."""

import datetime as dt
import sqlite3
import threading

from relations_app.records import Conversation, Person, PersonRef
from relations_app.services.backups import BackupService
from relations_app.storage.backups import (
    BackupSchedule,
    backup_name,
    list_backups,
    make_backup,
    prune,
    to_keep,
    verify,
)
from tests.conftest import NOW, TODAY


def test_a_backup_is_verified_private_and_self_contained(services, data_dir):
    services.people.save(Person(name="Ana"))
    info = make_backup(services.store.connection(), data_dir / "backups", NOW, "manual")
    assert info.path.name == "relations-20260615-103000-manual.sqlite3"
    assert verify(info.path) == "ok"
    assert info.counts() == (1, 0)
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert (data_dir / "backups").stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [
        info.path.name
    ]  # no -wal, no temp


def test_a_backup_taken_while_writes_go_on_opens_and_matches(services, data_dir):
    services.people.save(Person(name="Seed"))
    stop = threading.Event()
    written = []

    def writer():
        conn = sqlite3.connect(services.store.path, timeout=10)
        i = 0
        while not stop.is_set():
            conn.execute(
                "INSERT INTO person (name, created_at, updated_at) VALUES (?, ?, ?)",
                (f"Writer {i}", "2026-01-01 00:00:00", "2026-01-01 00:00:00"),
            )
            conn.commit()
            written.append(i)
            i += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        infos = [
            make_backup(
                services.store.connection(),
                data_dir / "backups",
                NOW + dt.timedelta(seconds=s),
                "t",
            )
            for s in range(5)
        ]
    finally:
        stop.set()
        thread.join()
    for info in infos:
        assert verify(info.path) == "ok"
        conn = sqlite3.connect(info.path)
        names = [r[0] for r in conn.execute("SELECT name FROM person ORDER BY id")]
        conn.close()
        # a consistent snapshot: the seed, then writer rows 0..k with no gap
        assert names[0] == "Seed"
        assert names[1:] == [f"Writer {i}" for i in range(len(names) - 1)]
    assert written  # the writer really ran meanwhile


def test_schedule_backs_up_every_30_minutes_only_while_data_changed():
    start = dt.datetime(2026, 6, 15, 9, 0)
    schedule = BackupSchedule(last_backup=None, changes_at_last=0)
    assert not schedule.due(start, changes_now=0)  # nothing changed: no backup
    assert schedule.due(start, changes_now=3)
    schedule.done(start, 3)
    assert not schedule.due(start + dt.timedelta(minutes=29), changes_now=9)
    assert schedule.due(start + dt.timedelta(minutes=30), changes_now=9)
    schedule.done(start + dt.timedelta(minutes=30), 9)
    assert not schedule.due(start + dt.timedelta(hours=5), changes_now=9)
    assert not schedule.due_at_exit(changes_now=9)
    assert schedule.due_at_exit(changes_now=10)


def test_service_follows_the_schedule_with_a_fake_clock(services, data_dir):
    clock = {"now": NOW}
    backups = BackupService(services.store, data_dir / "backups", lambda: clock["now"])
    assert backups.tick() is None and backups.at_exit() is None  # nothing changed yet
    services.people.save(Person(name="Ana"))
    assert backups.tick() is not None
    services.people.save(Person(name="Bo"))
    clock["now"] += dt.timedelta(minutes=10)
    assert backups.tick() is None
    clock["now"] += dt.timedelta(minutes=20)
    assert backups.tick() is not None
    services.people.save(Person(name="Chloé"))
    clock["now"] += dt.timedelta(minutes=1)
    assert backups.at_exit() is not None
    # three the same day: retention keeps the newest two
    assert [b.reason for b in backups.backups()] == ["exit", "auto"]


def test_retention_keeps_12_daily_10_weekly_9_monthly_and_the_newest_two():
    now = dt.datetime(2026, 6, 15, 12, 0)
    taken = [now - dt.timedelta(hours=6 * i) for i in range(4 * 400)]  # 400 days, 4 a day
    keep = to_keep(taken, now)
    assert now in keep and now - dt.timedelta(hours=6) in keep
    days = {t.date() for t in keep}
    assert {now.date() - dt.timedelta(days=d) for d in range(12)} <= days
    months = {(t.year, t.month) for t in keep}
    assert len(months) >= 9
    assert len(keep) <= 12 + 10 + 9 + 2
    for t in keep - {now, now - dt.timedelta(hours=6)}:  # each bucket keeps its newest backup
        assert t == max(x for x in taken if x.date() == t.date())


def test_retention_never_keeps_fewer_than_two():
    now = dt.datetime(2026, 6, 15, 12, 0)
    same_day = [now - dt.timedelta(minutes=m) for m in range(5)]
    assert len(to_keep(same_day, now)) == 2


def test_prune_deletes_only_what_retention_drops(tmp_path):
    now = dt.datetime(2026, 6, 15, 12, 0)
    for hours in range(0, 24 * 40, 12):
        (tmp_path / backup_name(now - dt.timedelta(hours=hours), "auto")).write_bytes(b"x")
    (tmp_path / "unrelated.txt").write_text("keep me")
    deleted = prune(tmp_path, now)
    assert deleted
    remaining = list_backups(tmp_path)
    assert len(remaining) == len(to_keep([b.taken_at for b in remaining], now))
    assert (tmp_path / "unrelated.txt").exists()


def test_restore_round_trip_keeps_the_current_file(services, data_dir):
    ana = services.people.save(Person(name="Ana"))
    backups = BackupService(services.store, data_dir / "backups", lambda: NOW)
    saved = backups.backup_now("manual")
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(ana.id, ""),), notes="after")
    )
    services.people.save(Person(name="Bo"))
    kept = backups.restore(saved.path)
    assert [s.person.name for s in services.people.summaries()] == ["Ana"]
    assert services.conversations.count() == 0
    assert kept is not None and kept.name.startswith("relations.sqlite3.pre-restore-")
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 2
    conn.close()
    assert any(b.reason == "before-restore" for b in backups.backups())


def test_restoring_a_damaged_backup_leaves_the_journal_as_it_was(services, data_dir):
    import pytest

    from relations_app.storage.errors import StoreError

    services.people.save(Person(name="Ana"))
    bad = data_dir / "backups" / backup_name(NOW, "manual")
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    backups = BackupService(services.store, data_dir / "backups", lambda: NOW)
    with pytest.raises(StoreError):
        backups.restore(bad)
    assert [s.person.name for s in services.people.summaries()] == ["Ana"]


def test_backups_in_the_same_second_get_distinct_times_newest_last(services, data_dir):
    first = make_backup(services.store.connection(), data_dir / "backups", NOW, "before-import")
    second = make_backup(services.store.connection(), data_dir / "backups", NOW, "manual")
    assert second.taken_at > first.taken_at
    assert list_backups(data_dir / "backups")[0].path == second.path


def test_backups_made_by_hand_are_never_pruned(tmp_path):
    now = dt.datetime(2026, 6, 15, 12, 0)
    for hours in range(0, 24 * 60, 6):
        reason = "manual" if hours == 24 * 50 else "auto"
        (tmp_path / backup_name(now - dt.timedelta(hours=hours), reason)).write_bytes(b"x")
    prune(tmp_path, now)
    assert [b.reason for b in list_backups(tmp_path)].count("manual") == 1
