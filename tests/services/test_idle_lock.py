"""The idle lock's timing, on a test clock; and what locking does to the store."""

import datetime as dt

import pytest

from relations_app.paths import DataPaths
from relations_app.services.idle_lock import DEFAULT_MINUTES, IdleLock
from relations_app.settings import Settings
from relations_app.storage.errors import StoreError
from relations_app.storage.sqlite import Key
from tests.conftest import NOW
from tests.safety.encrypted import PASSPHRASE, backups, encryption, open_services


class SteppedClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def test_it_locks_after_the_idle_minutes_and_input_starts_them_again():
    clock = SteppedClock()
    lock = IdleLock(15, clock)
    clock.advance(minutes=14, seconds=59)
    assert not lock.due()
    lock.touched()
    clock.advance(minutes=14)
    assert not lock.due()
    clock.advance(minutes=1)
    assert lock.due()


def test_off_never_locks_and_a_clock_set_back_does_not_delay_it():
    clock = SteppedClock()
    never = IdleLock(0, clock)
    clock.advance(days=30)
    assert not never.enabled and not never.due()
    lock = IdleLock(5, clock)
    clock.advance(hours=-3)  # set back: counting starts again from now, not in three hours
    assert not lock.due()
    clock.advance(minutes=5)
    assert lock.due()


def test_the_default_is_fifteen_minutes(tmp_path):
    assert Settings(tmp_path / "settings.ini").lock_after_minutes == DEFAULT_MINUTES == 15


def test_locking_closes_the_journal_forgets_the_key_and_backs_nothing_up(data_dir):
    paths = DataPaths(data_dir)
    services = open_services(paths)
    encryption(services, paths).encrypt(Key(PASSPHRASE))
    backup_service = backups(services, paths)
    before = sorted(paths.backups.iterdir())
    services.store.lock()
    assert not services.store.is_open and services.store.key is None
    assert backup_service.tick() is None and backup_service.at_exit() is None
    with pytest.raises(StoreError):
        backup_service.backup_now()
    assert sorted(paths.backups.iterdir()) == before
