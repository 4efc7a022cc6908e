"""A journal that went missing is treated as damage, never replaced by an empty one
in silence (issue 9, item 7): what the landed restore left when it was killed
between moving the journal aside and putting the backup in its place."""

import os

from relations_app.app import main
from relations_app.paths import DataPaths
from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.recovery import Choice, Problem, open_or_problem, resolve
from relations_app.storage.store import Store
from tests.conftest import fixed_clock


def killed_mid_restore(folder) -> DataPaths:
    """The journal renamed to .pre-restore-*, and nothing at its own path."""
    paths = DataPaths(folder)
    store = Store(paths.store)
    store.open()
    Services.create(store, clock=fixed_clock).people.save(Person(name="Ana, kept"))
    store.close()
    os.rename(paths.store, paths.folder / "relations.sqlite3.pre-restore-20260615-103000")
    (paths.folder / ".incoming-k1ll3d.sqlite3").write_bytes(b"SQLite format 3\x00")
    return paths


def test_the_command_line_refuses_to_start_an_empty_journal(tmp_path, capsys):
    paths = killed_mid_restore(tmp_path / "data")
    status = main(["--data-dir", str(paths.folder), "export", "json", str(tmp_path / "x.json")])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert "relations.sqlite3.pre-restore-20260615-103000" in err
    assert not paths.store.exists() and not (tmp_path / "x.json").exists()


def test_check_says_the_journal_is_missing(tmp_path, capsys):
    paths = killed_mid_restore(tmp_path / "data")
    assert main(["--data-dir", str(paths.folder), "check"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_the_window_offers_the_kept_journal_and_puts_it_back(tmp_path):
    paths = killed_mid_restore(tmp_path / "data")
    store = Store(paths.store)
    start = open_or_problem(store, paths, fixed_clock)
    assert start is not None and start.problem is Problem.MISSING
    assert start.kept_as.name == "relations.sqlite3.pre-restore-20260615-103000"
    assert start.choices() == [Choice.USE_AS_IS, Choice.START_EMPTY, Choice.QUIT]
    assert resolve(store, paths, fixed_clock, start, Choice.USE_AS_IS)
    assert [s.person.name for s in Services.create(store).people.summaries()] == ["Ana, kept"]
    store.close()
    assert start.kept_as.exists()  # kept still: nothing is deleted


def test_a_first_start_still_makes_a_new_journal(tmp_path):
    paths = DataPaths(tmp_path / "fresh")
    store = Store(paths.store)
    assert open_or_problem(store, paths, fixed_clock) is None
    store.close()
    assert paths.store.exists()


def test_the_recovery_dialog_offers_the_kept_journal(qapp, tmp_path):
    from relations_app.ui.startup import open_or_recover
    from tests.safety.test_safety_ui import answer

    paths = killed_mid_restore(tmp_path / "data")
    seen: dict = {}
    answer("Use the journal kept aside", seen)
    store = open_or_recover(paths, fixed_clock)
    assert store is not None
    try:
        names = [s.person.name for s in Services.create(store).people.summaries()]
    finally:
        store.close()
    assert names == ["Ana, kept"]
    assert "relations.sqlite3.pre-restore-20260615-103000" in seen["text"]
