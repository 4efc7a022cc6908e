"""Address book files a hand or a half-finished export left odd: refused in
one line naming the file and the line, the journal unchanged (exit 2)."""

import pytest

from tests.cli.test_contacts_cli import FIXTURES, journal_rows, run


def test_a_csv_quote_never_closed_is_refused_not_read_as_one_long_name(data_dir, tmp_path, capsys):
    assert run(data_dir, "import", "contacts", FIXTURES / "apple.vcf") == 0
    before = journal_rows(data_dir)
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Name,Given Name,E-mail 1 - Value,Notes\n"
        "Zoé Ünal,Zoé,zoe@example.org,fine\n"
        '"Open quote,X,m@example.org,note\n'
        "Two,Y,t@example.org,\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(data_dir, "import", "contacts", path) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("relations: ") and str(path) in err and "line 3" in err
    assert "quote" in err and len(err.splitlines()) == 1
    assert journal_rows(data_dir) == before


def test_quotes_that_close_on_a_later_line_are_one_note(data_dir, tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    path.write_text(
        'Name,Given Name,E-mail 1 - Value,Notes\nZoé,Zoé,zoe@example.org,"two\nlines"\n'
        'Léa,Léa,lea@example.org,"said ""hi"""\n',
        encoding="utf-8",
    )
    assert run(data_dir, "import", "contacts", path, "--dry-run") == 0
    assert "Would add 2 people." in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["vcard", "json"])
@pytest.mark.parametrize(
    "name", ["relations.sqlite3", "relations.sqlite3-wal", "./relations.sqlite3"]
)
def test_an_export_never_writes_over_the_journal_itself(data_dir, capsys, kind, name):
    assert run(data_dir, "import", "contacts", FIXTURES / "apple.vcf") == 0
    before = journal_rows(data_dir)
    target = data_dir / name
    capsys.readouterr()
    assert run(data_dir, "export", kind, target) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("relations: ") and "journal" in err and len(err.splitlines()) == 1
    assert run(data_dir, "check") == 0
    assert journal_rows(data_dir) == before


def test_the_overview_never_writes_over_the_journal_itself(data_dir, capsys):
    assert run(data_dir, "import", "contacts", FIXTURES / "apple.vcf") == 0
    before = journal_rows(data_dir)
    capsys.readouterr()
    assert run(data_dir, "overview", "--pdf", data_dir / "relations.sqlite3") == 2
    err = capsys.readouterr().err.strip()
    assert "this is the journal itself" in err and len(err.splitlines()) == 1
    assert run(data_dir, "check") == 0
    assert journal_rows(data_dir) == before


@pytest.mark.parametrize("target", ["", ".", ".."])
def test_an_export_to_a_folder_says_it_is_a_folder(data_dir, capsys, target, monkeypatch):
    monkeypatch.chdir(data_dir.parent)
    assert run(data_dir, "import", "contacts", FIXTURES / "apple.vcf") == 0
    capsys.readouterr()
    assert run(data_dir, "export", "vcard", target) == 2
    assert "this is a folder, not a file" in capsys.readouterr().err
