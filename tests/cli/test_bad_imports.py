"""Import files that attack: each is refused at the door in one line naming the
place, exit 2, before the pre-import backup, and the journal is left as it was.
The reproductions of issue 9 (items 1 to 5 and 11)."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from relations_app.app import main
from relations_app.records import Person
from relations_app.services import Services
from relations_app.storage.store import Store

# the valid start of every file below
HEAD = '{"format": "relations-export", "version": 1, '


def person_with(**fields) -> str:
    return HEAD + '"people": [' + json.dumps({"id": 1, "name": "A", **fields}) + "]}"


def conversation_with(**fields) -> str:
    entry = {"date": "2026-01-02", "people": [1], **fields}
    people = '"people": [{"id": 1, "name": "A"}], '
    return HEAD + people + '"conversations": [' + json.dumps(entry) + "]}"


ATTACKS = {
    # 1. an empty direction was stored as the text "None"
    "empty-direction": (
        person_with(help=[{"direction": "", "description": "x", "offered_on": "2026-01-02"}]),
        "people[0].help[0].direction: unknown direction ''",
    ),
    "empty-circle": (person_with(circle=""), "people[0].circle: unknown circle ''"),
    # 2. a date Python cannot add a reminder to
    "year-9999": (conversation_with(date="9999-12-31"), "conversations[0].date: "),
    "due-9999": (
        conversation_with(follow_up="x", follow_up_due="9999-12-31"),
        "conversations[0].follow_up_due: ",
    ),
    "year-1066": (person_with(met_on="1066-10-14"), "people[0].met_on: "),
    "created-9999": (person_with(created_at="9999-12-31T23:59:59"), "people[0].created_at: "),
    # 3. tracebacks instead of a refusal
    "lone-surrogate-name": (
        HEAD + '"people": [{"id": 1, "name": "A\\ud800"}]}',
        "people[0].name: ",
    ),
    "lone-surrogate-notes": (
        HEAD
        + '"people": [{"id": 1, "name": "A"}], "conversations": '
        + '[{"date": "2026-01-02", "people": [1], "notes": "\\udfff"}]}',
        "conversations[0].notes: ",
    ),
    "nul-in-name": (HEAD + '"people": [{"id": 1, "name": "A\\u0000B"}]}', "people[0].name: "),
    "nested-1000": ("[" * 1000 + "]" * 1000, "nested more than"),
    "nested-33": ("[" * 33 + "]" * 33, "nested more than"),
    "nested-in-a-person": (
        HEAD + '"people": [{"id": 1, "name": "A", "x": ' + '{"a": ' * 999 + "1" + "}" * 999 + "}]}",
        "nested more than",
    ),
    "4301-digits": (HEAD + '"people": [{"id": ' + "7" * 4301 + ', "name": "A"}]}', "4,301 digits"),
    "empty-date-with-due": (
        conversation_with(date="", follow_up="x", follow_up_due="2026-01-02"),
        "conversations[0].date: is empty",
    ),
    "empty-date": (conversation_with(date=""), "conversations[0].date: is empty"),
    # 4. an export that could not be imported again
    "long-shared-value": (
        person_with(shared_values=[{"value": "v" * 201, "evidence": "e"}]),
        "people[0].shared_values[0].value: ",
    ),
    "long-city": (person_with(city="c" * 1001), "people[0].city: "),
    # 11. "version": true and 1.0 were taken for 1
    "version-true": ('{"format": "relations-export", "version": true}', "export version true"),
    "version-float": ('{"format": "relations-export", "version": 1.0}', "export version 1.0"),
    "nan": (HEAD + '"people": [{"id": 1, "name": "A", "x": NaN}]}', "NaN"),
    "not-utf8": (b"\xff\xfe{}", "not UTF-8"),
}


@pytest.fixture
def journal(data_dir: Path) -> Path:
    store = Store(data_dir / "relations.sqlite3")
    store.open()
    Services.create(store).people.save(Person(name="Ana", notes="Kept as it was"))
    store.close()
    return data_dir


def state(data_dir: Path) -> tuple[list[str], list[str]]:
    """Every row of the journal, and every file in the data folder (backups too)."""
    conn = sqlite3.connect(data_dir / "relations.sqlite3")
    try:
        rows = list(conn.iterdump())
    finally:
        conn.close()
    files = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*"))
    return rows, files


def refused(data_dir: Path, path: Path, capsys) -> str:
    capsys.readouterr()
    status = main(["--data-dir", str(data_dir), "import", "json", str(path)])
    error = capsys.readouterr().err
    assert status == 2, error
    assert len(error.strip().splitlines()) == 1, error
    assert "Traceback" not in error and error.startswith(f"relations: {path}: ")
    return error


@pytest.mark.parametrize("name", ATTACKS)
def test_an_attacking_file_is_refused_before_anything_is_written(name, journal, tmp_path, capsys):
    content, expected = ATTACKS[name]
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = state(journal)
    error = refused(journal, bad, capsys)
    assert expected in error
    assert state(journal) == before  # no row, and no pre-import backup either


def test_a_huge_value_is_not_echoed_back(journal, tmp_path, capsys):
    bad = tmp_path / "circle.json"
    bad.write_text(person_with(circle="x" * 10_000_000))
    error = refused(journal, bad, capsys)
    assert len(error) < 300 and "10,000,000 characters" in error


def test_a_file_larger_than_the_bound_is_refused_unread(journal, tmp_path, capsys, monkeypatch):
    from relations_app.services import exchange_file

    monkeypatch.setattr(exchange_file, "MAX_IMPORT_BYTES", 1000)
    bad = tmp_path / "large.json"
    bad.write_text(person_with(notes="n" * 2000))
    assert "an export to import is at most" in refused(journal, bad, capsys)


def run_cli(data_dir: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "relations_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.parametrize("source", ["fifo", "/dev/urandom", "/dev/zero", "folder"])
def test_only_a_regular_file_is_read_and_nothing_waits(source, journal, tmp_path):
    """A pipe used to hang for ever holding the lock; /dev/urandom grew to 3 GB."""
    if source == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    elif source == "folder":
        path = tmp_path / "a-folder.json"
        path.mkdir()
    else:
        path = Path(source)
    before = state(journal)
    result = run_cli(journal, "import", "json", str(path))
    assert result.returncode == 2, result.stderr
    expected = f"relations: {path}: is not a regular file (a folder, a device or a pipe)\n"
    assert result.stderr == expected
    assert state(journal) == before


def test_a_missing_file_to_import_is_bad_input(journal, tmp_path, capsys):
    error = refused(journal, tmp_path / "nowhere.json", capsys)
    assert "cannot be read (No such file or directory)" in error
