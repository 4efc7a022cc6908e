"""Every command on an encrypted journal; a wrong or missing passphrase is one
line, exit 1, nothing changed; encrypt, change-passphrase and decrypt."""

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from relations_app.exit_status import BAD_INPUT, FAILED, OK
from relations_app.paths import DataPaths
from relations_app.storage.sqlite import is_plain
from tests.safety.encrypted import PASSPHRASE, open_services, plain_hits, write_secrets


def relations(data_dir, *args, passphrase=None, new=None, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELATIONS_")}
    if passphrase is not None:
        env["RELATIONS_PASSPHRASE"] = passphrase
    if new is not None:
        env["RELATIONS_NEW_PASSPHRASE"] = new
    return subprocess.run(
        [sys.executable, "-m", "relations_app", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        stdin=stdin,
    )


def snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def journal(data_dir):
    paths = DataPaths(data_dir)
    services = open_services(paths)
    write_secrets(services)
    services.store.close()
    done = relations(data_dir, "encrypt", passphrase=PASSPHRASE)
    assert done.returncode == OK, done.stderr
    assert "keep it safe" in done.stdout
    return paths


def test_every_command_works_on_an_encrypted_journal(journal, tmp_path):
    folder = journal.folder
    assert relations(folder, "check", passphrase=PASSPHRASE).returncode == OK
    assert relations(folder, "backup", passphrase=PASSPHRASE).returncode == OK
    listed = relations(folder, "backups", passphrase=PASSPHRASE)
    assert listed.returncode == OK and "1 person, 1 conversation" in listed.stdout
    exported = relations(
        folder, "export", "json", str(tmp_path / "out.json"), passphrase=PASSPHRASE
    )
    assert exported.returncode == OK and "not encrypted" in exported.stderr
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    document["people"][0]["name"] = "Imported Quillfeather"
    (tmp_path / "in.json").write_text(json.dumps(document), encoding="utf-8")
    imported = relations(folder, "import", "json", str(tmp_path / "in.json"), passphrase=PASSPHRASE)
    assert imported.returncode == OK, imported.stderr
    overview = relations(
        folder, "overview", "--pdf", str(tmp_path / "o.pdf"), passphrase=PASSPHRASE
    )
    assert overview.returncode == OK, overview.stderr
    restored = relations(folder, "restore", "--latest", passphrase=PASSPHRASE)
    assert restored.returncode == OK, restored.stderr
    assert plain_hits(folder) == []


@pytest.mark.parametrize("command", ["check", "backup", "backups", "export", "restore", "decrypt"])
def test_a_wrong_or_missing_passphrase_is_one_line_exit_1_and_nothing_changes(
    journal, tmp_path, command
):
    args = {
        "export": ["export", "json", str(tmp_path / "out.json")],
        "restore": ["restore", "--latest"],
    }.get(command, [command])
    before = snapshot(journal.folder)
    for passphrase in ("not the passphrase", None):
        refused = relations(journal.folder, *args, passphrase=passphrase)
        assert refused.returncode == FAILED, refused
        assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("relations: ")
        assert "Traceback" not in refused.stderr
    assert snapshot(journal.folder) == before
    assert not (tmp_path / "out.json").exists()


def test_passphrase_file_first_line_and_bad_files(journal, tmp_path):
    good = tmp_path / "pass"
    good.write_text(PASSPHRASE + "\nsecond line ignored\n", encoding="utf-8")
    assert relations(journal.folder, "check", "--passphrase-file", str(good)).returncode == OK
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    for bad, status in ((empty, BAD_INPUT), (tmp_path / "missing", BAD_INPUT)):
        refused = relations(journal.folder, "check", "--passphrase-file", str(bad))
        assert refused.returncode == status and refused.stderr.count("\n") == 1, refused


def test_change_passphrase_then_decrypt(journal):
    folder = journal.folder
    changed = relations(folder, "change-passphrase", passphrase=PASSPHRASE, new="second one")
    assert changed.returncode == OK, changed.stderr
    assert relations(folder, "check", passphrase=PASSPHRASE).returncode == FAILED
    assert relations(folder, "check", passphrase="second one").returncode == OK
    again = relations(folder, "encrypt", passphrase="second one")
    assert again.returncode == BAD_INPUT and "encrypted already" in again.stderr
    plain = relations(folder, "decrypt", passphrase="second one")
    assert plain.returncode == OK, plain.stderr
    assert is_plain(journal.store) and all(is_plain(p) for p in journal.backups.iterdir())
    assert relations(folder, "check").returncode == OK


def test_the_passphrase_is_asked_on_the_terminal_without_echo(journal):
    """Run check in a pseudo-terminal: the prompt comes, what is typed is not shown."""
    pid, fd = pty.fork()
    if pid == 0:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RELATIONS_")}
        os.execve(
            sys.executable,
            [sys.executable, "-m", "relations_app", "check", "--data-dir", str(journal.folder)],
            env,
        )
    seen = b""
    while b"Passphrase for" not in seen:
        seen += os.read(fd, 1024)
    os.write(fd, PASSPHRASE.encode() + b"\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == OK, seen
    assert b": ok" in seen and PASSPHRASE.encode() not in seen


def test_a_missing_journal_is_restored_encrypted_from_its_encrypted_backups(journal):
    journal.store.unlink()
    asked = relations(journal.folder, "export", "json", "/dev/null")
    assert asked.returncode == FAILED and "encrypted" in asked.stderr  # not a new empty journal
    assert not journal.store.exists()
    restored = relations(journal.folder, "restore", "--latest", passphrase=PASSPHRASE)
    assert restored.returncode == OK, restored.stderr
    assert not is_plain(journal.store) and plain_hits(journal.folder) == []
    assert relations(journal.folder, "check", passphrase=PASSPHRASE).returncode == OK


def test_check_names_a_plain_copy_beside_an_encrypted_journal(journal, tmp_path):
    outside = DataPaths(tmp_path / "plain")
    services = open_services(outside)
    write_secrets(services)
    services.store.close()
    copied = journal.backups / "relations-20250101-120000-manual.sqlite3"
    copied.write_bytes(outside.store.read_bytes())  # copied in by hand
    checked = relations(journal.folder, "check", passphrase=PASSPHRASE)
    assert checked.returncode == OK
    assert f"warning: {copied.name} is not encrypted, unlike the journal." in checked.stdout
    assert is_plain(copied)  # check changes nothing; the next open encrypts it
    assert relations(journal.folder, "backups", passphrase=PASSPHRASE).returncode == OK
    assert (
        relations(
            journal.folder, "export", "json", str(tmp_path / "o.json"), passphrase=PASSPHRASE
        ).returncode
        == OK
    )
    assert not is_plain(copied) and plain_hits(journal.folder) == []


def test_contacts_come_into_an_encrypted_journal_and_a_vcard_export_says_it_is_plain(
    journal, tmp_path
):
    folder = journal.folder
    cards = Path(__file__).resolve().parent.parent / "contacts" / "fixtures" / "apple.vcf"
    imported = relations(folder, "import", "contacts", str(cards), passphrase=PASSPHRASE)
    assert imported.returncode == OK and imported.stdout.startswith("Added"), imported.stderr
    written = tmp_path / "people.vcf"
    exported = relations(folder, "export", "vcard", str(written), passphrase=PASSPHRASE)
    assert exported.returncode == OK, exported.stderr
    assert f"{written} is not encrypted" in exported.stderr
    assert "Quillfeather" in written.read_text(encoding="utf-8")
    assert plain_hits(folder) == []  # the journal and its backups stay encrypted
