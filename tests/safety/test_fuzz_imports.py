"""Every file of the bad-import corpus (tests/safety/fuzz_corpus.py, about 370
files) is refused with one line and status 2, never a traceback, and the
journal and its backups stay exactly as they were."""

import io
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from relations_app.app import main
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.storage.store import Store
from tests.safety.fuzz_corpus import VALID, corpus, encode


def state(paths: DataPaths) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(paths.store)
    try:
        rows = list(conn.iterdump())
    finally:
        conn.close()
    return rows, sorted(p.name for p in paths.folder.rglob("*"))


def run_import(paths: DataPaths, file: Path) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        status = main(["--data-dir", str(paths.folder), "import", "json", str(file)])
    return status, err.getvalue()


def test_every_bad_file_is_refused_cleanly_and_changes_nothing(tmp_path):
    paths = DataPaths(tmp_path / "data")
    store = Store(paths.store)
    store.open()
    Services.create(store).people.save(Person(name="Ana", notes="The journal as it was"))
    store.close()
    before = state(paths)
    files = tmp_path / "corpus"
    files.mkdir()
    problems = []
    for name, content in corpus():
        file = files / f"{name}.json"
        file.write_bytes(content)
        status, err = run_import(paths, file)
        lines = err.splitlines()
        if status != 2 or len(lines) != 1 or not lines[0].startswith(f"relations: {file}: "):
            problems.append(f"{name}: status {status}: {err[:300]!r}")
        elif len(err) > 400:
            problems.append(f"{name}: a message of {len(err)} characters")
    assert problems == [], "\n".join(problems)
    assert state(paths) == before  # no row, and no pre-import backup
    print(f"{len(corpus())} bad files refused")


def test_the_corpus_is_made_of_a_valid_export(tmp_path, capsys):
    """The mutations start from a file that imports: each one is bad for its change."""
    good = tmp_path / "valid.json"
    good.write_bytes(encode(VALID))
    assert main(["--data-dir", str(tmp_path / "data"), "import", "json", str(good)]) == 0
