"""Encryption at rest: nothing readable in the folder, the wrong passphrase
changes nothing, every record survives encrypt, change and decrypt, and an
interrupted conversion is finished with the journal's key."""

import logging
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from relations_app.paths import DataPaths
from relations_app.storage.database import EncryptedStoreError
from relations_app.storage.encryption import convert_files
from relations_app.storage.errors import StoreError
from relations_app.storage.recovery import diagnose, keep_aside
from relations_app.storage.sqlite import Key, WrongPassphrase, connect, is_plain
from relations_app.storage.store import Store
from tests.conftest import NOW
from tests.safety.encrypted import (
    PASSPHRASE,
    backups,
    encryption,
    exported,
    open_services,
    plain_hits,
    write_secrets,
)


def snapshot(folder):
    return {
        path.relative_to(folder): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def paths(data_dir):
    return DataPaths(data_dir)


@pytest.fixture
def encrypted(paths):
    """A journal with secrets in it and two backups, encrypted, then closed."""
    services = open_services(paths)
    write_secrets(services, 0)
    backups(services, paths).backup_now()
    write_secrets(services, 1)
    encryption(services, paths).encrypt(Key(PASSPHRASE))
    services.store.close()
    return paths


def test_no_secret_in_any_byte_of_the_folder_while_open_and_after(encrypted):
    paths = encrypted
    services = open_services(paths, PASSPHRASE)
    write_secrets(services, 2)  # lives in the write-ahead log for now
    assert paths.store.with_name("relations.sqlite3-wal").stat().st_size > 0
    backups(services, paths).backup_now()
    assert plain_hits(paths.folder) == []
    services.store.close()
    assert plain_hits(paths.folder) == []
    assert len(list(paths.backups.iterdir())) >= 2
    assert all(not is_plain(path) for path in paths.backups.iterdir())


def test_a_converted_journal_stays_in_wal_mode_and_its_backups_single_files(encrypted):
    """Switching modes on the first open would rewrite the journal's first page."""
    key = Key(PASSPHRASE)
    for path, mode in [(encrypted.store, "wal")] + [
        (p, "delete") for p in encrypted.backups.iterdir()
    ]:
        before = path.read_bytes()
        conn = connect(path, key)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == mode, path.name
        conn.close()
        assert path.read_bytes() == before


def test_the_plain_journal_had_secrets_to_find(paths):
    """The grep of the test above can fail: on a plain journal it finds them."""
    services = open_services(paths)
    write_secrets(services)
    services.store.close()
    assert plain_hits(paths.folder)


def test_without_passphrase_the_journal_is_refused_untouched(encrypted):
    before = snapshot(encrypted.folder)
    with pytest.raises(EncryptedStoreError):
        open_services(encrypted)
    with pytest.raises(WrongPassphrase):
        open_services(encrypted, "correct horse battery stapler")
    assert snapshot(encrypted.folder) == before


def test_encrypt_change_decrypt_keep_every_record(paths):
    services = open_services(paths)
    write_secrets(services, 0)
    write_secrets(services, 1)
    original = exported(services)
    crypt = encryption(services, paths)
    crypt.encrypt(Key(PASSPHRASE))
    assert crypt.encrypted and exported(services) == original
    crypt.change_passphrase(Key("new passphrase, longer"))
    assert exported(services) == original
    services.store.close()

    with pytest.raises(WrongPassphrase):
        open_services(paths, PASSPHRASE)
    services = open_services(paths, "new passphrase, longer")
    assert exported(services) == original
    encryption(services, paths).decrypt()
    assert exported(services) == original
    services.store.close()
    assert is_plain(paths.store)
    assert all(is_plain(path) for path in paths.backups.iterdir())
    assert exported(open_services(paths)) == original


def test_an_accented_passphrase_opens_whatever_its_unicode_form(encrypted):
    services = open_services(encrypted, PASSPHRASE)
    encryption(services, encrypted).change_passphrase(Key("d\u00e9j\u00e0 vu"))
    services.store.close()
    assert open_services(encrypted, "de\u0301ja\u0300 vu").store.is_open


def test_sqlcipher_itself_opens_the_journal_and_its_backups_with_the_passphrase(encrypted):
    """Our key derivation is SQLCipher's: any SQLCipher tool can open the files."""
    from sqlcipher3 import dbapi2

    for path in [encrypted.store, *encrypted.backups.iterdir()]:
        conn = dbapi2.connect(str(path))
        conn.execute("PRAGMA key = 'correct horse battery staple'")
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] >= 1
        conn.close()


def test_restore_keeps_the_journal_encrypted_even_from_a_plain_backup(encrypted, tmp_path):
    paths = encrypted
    plain_copy = tmp_path / "relations-20260101-120000.sqlite3"
    outside = DataPaths(tmp_path / "other")
    services = open_services(outside)
    write_secrets(services, 9)
    backups(services, outside).backup_now()
    services.store.close()
    shutil.copy(next(outside.backups.iterdir()), plain_copy)

    services = open_services(paths, PASSPHRASE)
    backups(services, paths).restore(plain_copy)
    assert "9" in exported(services)
    services.store.close()
    assert not is_plain(paths.store)
    assert plain_hits(paths.folder) == []


def test_restore_of_an_encrypted_backup_into_its_journal(encrypted):
    services = open_services(encrypted, PASSPHRASE)
    oldest = sorted(encrypted.backups.iterdir())[0]
    backups(services, encrypted).restore(oldest)
    text = exported(services)
    assert "Quillfeather 0" in text and "Quillfeather 1" not in text
    services.store.close()
    assert plain_hits(encrypted.folder) == []


def test_an_interrupted_encryption_is_finished_at_the_next_open(paths):
    services = open_services(paths)
    write_secrets(services)
    backups(services, paths).backup_now()
    services.store.close()
    keep_aside(paths.store, "pre-restore", NOW)  # a kept journal: a copy to encrypt too
    key = Key(PASSPHRASE)
    convert_files(paths.store, [], None, key)  # the journal only: the run died after it
    assert plain_hits(paths.folder)
    open_services(paths, PASSPHRASE).store.close()
    assert plain_hits(paths.folder) == []


def test_an_unreadable_backup_stops_encryption_before_anything_changes(paths):
    services = open_services(paths)
    write_secrets(services)
    backups(services, paths).backup_now()
    damaged = next(paths.backups.iterdir())
    damaged.write_bytes(damaged.read_bytes()[:4096] + os.urandom(4096))
    before = {p: p.read_bytes() for p in paths.backups.iterdir() if p != damaged}
    with pytest.raises(StoreError) as caught:
        encryption(services, paths).encrypt(Key(PASSPHRASE))
    assert caught.value.kind == "unconvertible" and damaged.name in str(caught.value)
    assert services.store.is_open and services.store.open_key is None
    services.store.close()
    assert is_plain(paths.store)
    for path, data in before.items():
        assert path.read_bytes() == data


def test_a_garbled_page_of_an_encrypted_journal_is_found(encrypted):
    key = Key(PASSPHRASE)
    data = bytearray(encrypted.store.read_bytes())
    data[4096 * 2 + 100 : 4096 * 2 + 120] = os.urandom(20)
    encrypted.store.write_bytes(bytes(data))
    assert diagnose(encrypted.store, key) != "ok"


def test_a_damaged_first_page_with_a_backup_the_passphrase_opens_is_damage(encrypted):
    from relations_app.services.recovery import Problem, open_or_problem

    data = bytearray(encrypted.store.read_bytes())
    data[200:240] = os.urandom(40)
    encrypted.store.write_bytes(bytes(data))
    store = Store(encrypted.store, Key(PASSPHRASE))
    start = open_or_problem(store, encrypted, lambda: NOW)
    assert start is not None and start.problem is Problem.DAMAGED and start.backup is not None
    with pytest.raises(WrongPassphrase):  # a passphrase no backup takes: wrong, not damaged
        open_or_problem(Store(encrypted.store, Key("guess")), encrypted, lambda: NOW)


def test_the_passphrase_is_never_logged(paths, caplog):
    caplog.set_level(logging.DEBUG)
    services = open_services(paths)
    write_secrets(services)
    encryption(services, paths).encrypt(Key(PASSPHRASE))
    services.store.close()
    services = open_services(paths, PASSPHRASE)
    exported(services)
    services.store.close()
    assert caplog.records  # peewee logged its queries
    assert PASSPHRASE not in caplog.text and "Key(<hidden>)" == repr(Key(PASSPHRASE))


WITHOUT_SQLCIPHER = textwrap.dedent("""
    import sys
    sys.modules["sqlcipher3"] = None  # as if it were not installed
    from relations_app.cli import parse, run
    sys.exit(run(parse(sys.argv[1:])))
""")


def test_without_sqlcipher3_plain_journals_work_and_encrypted_ones_are_refused(encrypted, tmp_path):
    def run(data_dir, *args):
        env = dict(os.environ, RELATIONS_PASSPHRASE=PASSPHRASE)
        return subprocess.run(
            [sys.executable, "-c", WITHOUT_SQLCIPHER, "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            env=env,
        )

    plain = DataPaths(tmp_path / "plain")
    services = open_services(plain)
    write_secrets(services)
    services.store.close()
    assert run(plain.folder, "check").returncode == 0
    refused = run(encrypted.folder, "check")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "sqlcipher3" in refused.stderr


def test_the_old_plain_bytes_are_overwritten_and_a_second_name_is_spared(paths):
    services = open_services(paths)
    write_secrets(services)
    services.store.close()
    kept = keep_aside(paths.store, "pre-restore", NOW)  # the same file, under a second name
    plain_before = kept.read_bytes()
    old = os.open(paths.store, os.O_RDONLY)  # the old file, as a reader of the disk would
    try:
        services = open_services(paths)
        encryption(services, paths).encrypt(Key(PASSPHRASE))
        services.store.close()
        assert kept.read_bytes() != plain_before  # converted in turn, not destroyed
        assert not is_plain(kept)
        left = os.pread(old, len(plain_before), 0)
        assert left == bytes(len(left))  # the pages of the first plain file: zeros
    finally:
        os.close(old)
    assert plain_hits(paths.folder) == []
    assert [p.name for p in paths.folder.rglob(".*coming-*")] == []


def test_a_copy_under_an_earlier_passphrase_is_left_encrypted_and_stops_nothing(encrypted):
    """What a change of passphrase cut off midway leaves: a backup under the old one."""
    services = open_services(encrypted, PASSPHRASE)
    earlier = sorted(encrypted.backups.iterdir())[0]
    before = earlier.read_bytes()
    crypt = encryption(services, encrypted)
    crypt.change_passphrase(Key("second"))
    convert_files(earlier, [], Key("second"), Key(PASSPHRASE))  # as if the run had died
    assert crypt.decrypt() == [earlier]
    assert is_plain(encrypted.store) and not is_plain(earlier)
    assert earlier.read_bytes() != before  # converted once, then left
    services.store.close()
