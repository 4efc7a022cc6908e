"""Every command against a data folder that is a file, one under a file, a
read-only disk, a full disk, and files named that are missing (issue 9, items 6
and 11): one line that names the real cause, the status of the one rule (1 the
journal or its folder, 2 what was named), never a traceback, nothing changed."""

import subprocess
from pathlib import Path

import pytest

from relations_app.app import main
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.storage.store import Store

OUT = "OUT"  # stands for a folder outside the data folder, for the files commands write

COMMANDS = {
    "export": ["export", "json", f"{OUT}/x.json"],
    "import": ["import", "json", f"{OUT}/in.json"],
    "overview": ["overview", "--pdf", f"{OUT}/o.pdf"],
    "check": ["check"],
    "backup": ["backup"],
    "backups": ["backups"],
    "restore-latest": ["restore", "--latest"],
    "restore-path": ["restore", f"{OUT}/some-backup.sqlite3"],
}


def make_journal(folder: Path) -> DataPaths:
    paths = DataPaths(folder)
    store = Store(paths.store)
    store.open()
    Services.create(store).people.save(Person(name="Ana"))
    store.close()
    return paths


def run(data_dir: Path, command: str, out: Path, capsys) -> tuple[int, str, str]:
    args = [part.replace(OUT, str(out)) for part in COMMANDS[command]]
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if status:
        assert captured.err.count("\n") == 1 and captured.err.startswith("relations: ")
    return status, captured.out, captured.err


@pytest.fixture
def out(qapp, tmp_path: Path) -> Path:
    """A sound folder for what commands read and write outside the data folder
    (and the application the overview paints with: pytest-qt's, for every test)."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "in.json").write_text('{"format": "relations-export", "version": 1}')
    return folder


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["a-file", "a-file/sub"])
def test_a_data_folder_that_cannot_be_a_folder(tmp_path, out, capsys, command, where):
    (tmp_path / "a-file").write_text("not a folder")
    status, _, err = run(tmp_path / where, command, out, capsys)
    if command == "backups":
        assert status == 0  # nothing to list, and it says so
    else:
        assert status == 1, err
    if command not in ("check", "backup", "backups"):
        assert f"{tmp_path / 'a-file'}" in err and "not a folder" in err
    assert (tmp_path / "a-file").read_text() == "not a folder"


def mount_tmpfs(folder: Path, size: str, *options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join((f"size={size}", *options)), "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> None:
    """Write until the disk is full."""
    try:
        with open(folder / "filler", "wb", buffering=0) as stream:
            while True:
                stream.write(b"\0" * 4096)
    except OSError:
        pass


@pytest.fixture
def read_only_disk(tmp_path: Path):
    disk = tmp_path / "ro"
    mount_tmpfs(disk, "4m")
    try:
        make_journal(disk / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        yield disk
    finally:
        unmount(disk)


@pytest.fixture
def full_disk(tmp_path: Path):
    disk = tmp_path / "full"
    mount_tmpfs(disk, "1m")
    try:
        make_journal(disk / "data")
        fill_up(disk)
        yield disk
    finally:
        unmount(disk)


def journal_bytes(paths: DataPaths) -> bytes:
    return paths.store.read_bytes()


# what each command does on a disk it cannot write: 0 for those that only read
ONLY_READS = {"check", "backups"}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("disk, cause", [("read_only_disk", "read-only"), ("full_disk", "full")])
def test_a_data_folder_on_a_disk_that_cannot_be_written(disk, cause, command, out, capsys, request):
    paths = DataPaths(request.getfixturevalue(disk) / "data")
    before = journal_bytes(paths)
    status, _, err = run(paths.folder, command, out, capsys)
    assert status == (0 if command in ONLY_READS else 1), err
    if status:
        assert cause in err
    assert journal_bytes(paths) == before


@pytest.mark.parametrize("command", ["export", "overview"])
@pytest.mark.parametrize("disk", ["read_only_disk", "full_disk"])
def test_a_file_written_to_a_disk_that_cannot_take_it(disk, command, tmp_path, capsys, request):
    """The journal is fine, the place named is not: status 2, with the cause."""
    target_disk = request.getfixturevalue(disk)
    paths = make_journal(tmp_path / "data")
    status, _, err = run(paths.folder, command, target_disk, capsys)
    assert status == 2, err
    cause = "the disk is read-only" if disk == "read_only_disk" else "the disk is full"
    assert cause in err
    assert not list(target_disk.glob("*.part")) and not list(target_disk.glob(".x.json*"))


@pytest.mark.parametrize("command", ["export", "import", "overview", "restore-path"])
def test_a_missing_place_named_is_bad_input(qapp, tmp_path, capsys, command):
    """Item 11: restoring a missing file was 2, a non-backup 1; an unwritable PDF
    1, an unwritable export 2. The place named is at fault: 2, every time."""
    paths = make_journal(tmp_path / "data")
    before = journal_bytes(paths)
    status, _, err = run(paths.folder, command, tmp_path / "nowhere", capsys)
    assert status == 2, err
    assert str(tmp_path / "nowhere") in err
    assert journal_bytes(paths) == before


def test_restoring_a_file_that_is_not_a_backup_is_bad_input(tmp_path, capsys, out):
    paths = make_journal(tmp_path / "data")
    (out / "some-backup.sqlite3").write_text("not a database")
    status, _, err = run(paths.folder, "restore-path", out, capsys)
    assert status == 2 and "cannot be restored" in err
