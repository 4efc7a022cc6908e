"""`relations import contacts` and `relations export vcard`: one line, all or
nothing, nothing added twice."""

import sqlite3
from pathlib import Path

import pytest
import vobject

from relations_app.app import main
from relations_app.birthdays import Birthday
from relations_app.services import Services
from relations_app.storage.backups import list_backups
from relations_app.storage.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "contacts" / "fixtures"
GOOD = ["apple.vcf", "android.vcf", "google.vcf", "v4.vcf", "google.csv", "outlook.csv"]


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *map(str, args)])


def files(*names):
    return [FIXTURES / name for name in names]


def journal_rows(data_dir) -> list[tuple]:
    path = data_dir / "relations.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM person ORDER BY id").fetchall()
    finally:
        conn.close()


def people(data_dir):
    store = Store(data_dir / "relations.sqlite3")
    store.open()
    try:
        return {p.person.name: p.person for p in Services.create(store).people.summaries(True)}
    finally:
        store.close()


def test_import_every_shape_then_again_adds_nothing_the_second_time(data_dir, capsys):
    assert run(data_dir, "import", "contacts", *files(*GOOD, "linkedin.csv")) == 0
    out = capsys.readouterr().out.strip()
    assert out == (
        "Added 15 people. Skipped 1 already there. "
        "1 value could not be read and was left out (see --dry-run)."
    )
    found = people(data_dir)
    assert found["Agnès Dupré"].birthday == Birthday(9, 30)
    assert found["נועה כהן"].organisation == "סטודיו כהן"
    assert found["يوسف حداد"].phone == "+961 3 000 000"
    assert found["Agnès Dupré"].circle == "acquaintance"
    assert (
        found["Agnès Dupré"].notes == "Rencontrée au salon du livre, stand 12.\nAime le thé vert."
    )
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["before-import"]
    before = journal_rows(data_dir)
    assert run(data_dir, "import", "contacts", *files(*GOOD, "linkedin.csv")) == 0
    assert capsys.readouterr().out.strip() == "No one new to add. Skipped 16 already there."
    assert journal_rows(data_dir) == before


def test_a_second_import_is_backed_up_first(data_dir, capsys):
    assert run(data_dir, "import", "contacts", *files("apple.vcf")) == 0
    assert run(data_dir, "import", "contacts", *files("google.vcf")) == 0
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["before-import"] * 2


def test_dry_run_lists_one_contact_a_line_and_writes_nothing(data_dir, capsys):
    assert run(data_dir, "import", "contacts", *files("google.csv"), "--dry-run") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Chloé Girard  ·  Librairie Girard  ·  chloe.girard@example.org  ·  "
        "+33 6 11 22 33 44  ·  Lyon  ·  14\u00a0July  ·  google.csv:2"
    )
    assert lines[-2] == "    left out: email: That email address has no @ in it."
    assert lines[-1] == "Would add 3 people."
    assert list(data_dir.iterdir()) == []  # no journal was made for a dry run


def test_only_and_circle(data_dir, capsys):
    args = [
        "--only",
        "agnes dupre",
        "--only",
        "NOA  כהן".replace("NOA", "נועה"),
        "--circle",
        "close",
    ]
    assert run(data_dir, "import", "contacts", *files("apple.vcf"), *args) == 0
    found = people(data_dir)
    assert sorted(found) == ["Agnès Dupré", "נועה כהן"]
    assert {p.circle for p in found.values()} == {"close"}


def test_only_a_name_that_is_in_no_file_is_bad_input(data_dir, capsys):
    assert run(data_dir, "import", "contacts", *files("apple.vcf"), "--only", "Zed") == 2
    assert capsys.readouterr().err.strip() == "relations: No contact called Zed in these files."
    assert journal_rows(data_dir) == []


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("unterminated.vcf", "line 5: a vCard begins here and never ends"),
        ("nameless.vcf", "line 5: a contact without a name"),
        ("binary.vcf", "is not a text file"),
        ("unknown.csv", "the columns are not those of a Google, Outlook or LinkedIn export"),
    ],
)
def test_one_bad_file_among_good_ones_exit_2_and_the_journal_unchanged(
    bad, problem, data_dir, capsys
):
    assert run(data_dir, "import", "contacts", *files("outlook.csv")) == 0
    before = journal_rows(data_dir)
    capsys.readouterr()
    status = run(data_dir, "import", "contacts", *files("apple.vcf", bad, "google.vcf"))
    error = capsys.readouterr().err
    assert status == 2
    assert error.count("\n") == 1
    assert error.startswith(f"relations: {FIXTURES / bad}: {problem}")
    if bad.endswith(".csv"):  # and where to go to read it all the same
        assert error.endswith(
            "; in the window, File ▸ Import contacts… asks which column holds what\n"
        )
    assert journal_rows(data_dir) == before


def test_export_vcard_read_back_by_vobject_and_by_our_import(data_dir, tmp_path, capsys):
    assert run(data_dir, "import", "contacts", *files(*GOOD)) == 0
    exported = tmp_path / "out.vcf"
    assert run(data_dir, "export", "vcard", exported, "--notes") == 0
    assert capsys.readouterr().out.strip().endswith(f"people to {exported}")
    assert exported.stat().st_mode & 0o777 == 0o600
    cards = list(vobject.readComponents(exported.read_text(encoding="utf-8")))
    assert all(card.version.value == "3.0" for card in cards)
    by_fn = {card.fn.value: card for card in cards}
    assert by_fn["Agnès Dupré"].bday.value == "--09-30"
    assert by_fn["Agnès Dupré"].n.value.family == "Dupré"
    assert by_fn["Agnès Dupré"].note.value.startswith("Rencontrée au salon du livre, stand 12.")
    other = tmp_path / "other"
    other.mkdir()
    assert run(other, "import", "contacts", exported) == 0
    fields = ("name", "organisation", "email", "phone", "city", "birthday", "notes", "nickname")
    first, second = people(data_dir), people(other)
    assert sorted(first) == sorted(second)
    for name, person in first.items():
        assert [getattr(second[name], f) for f in fields] == [getattr(person, f) for f in fields]


def test_export_without_notes_and_for_named_people_only(data_dir, tmp_path, capsys):
    assert run(data_dir, "import", "contacts", *files("apple.vcf", "google.vcf")) == 0
    out = tmp_path / "two.vcf"
    assert (
        run(data_dir, "export", "vcard", out, "--person", "agnes dupre", "--person", "李小龙") == 0
    )
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert [card.fn.value for card in cards] == ["Agnès Dupré", "李小龙"]
    assert "note" not in cards[0].contents
    capsys.readouterr()
    assert run(data_dir, "export", "vcard", out, "--person", "Nobody") == 2
    assert capsys.readouterr().err.strip() == "relations: No one called Nobody in the journal."


def test_export_to_a_folder_that_is_not_there_is_bad_input(data_dir, tmp_path, capsys):
    assert run(data_dir, "export", "vcard", tmp_path / "missing" / "out.vcf") == 2
    assert "cannot write" in capsys.readouterr().err
