"""Birthdays without a year: stored, exported as --MM-DD, read back, shown, edited."""

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from relations_app.birthdays import Birthday
from relations_app.labels import format_birthday
from relations_app.records import Person
from relations_app.services import Services
from relations_app.services.backups import open_store
from relations_app.storage import migrations
from relations_app.storage.errors import ValidationError
from relations_app.storage.store import Store
from relations_app.ui.person_dialog import PersonDialog
from tests.conftest import TODAY, fixed_clock, plain

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-03-15", Birthday(3, 15, 1985)),
        ("19850315", Birthday(3, 15, 1985)),
        ("1985-03-15T00:00:00Z", Birthday(3, 15, 1985)),
        ("--07-14", Birthday(7, 14)),
        ("--0714", Birthday(7, 14)),
        ("--02-29", Birthday(2, 29)),
        ("1604-09-30", Birthday(9, 30)),  # Apple's "no year", wherever it turns up
        ("16040229", Birthday(2, 29)),
    ],
)
def test_the_forms_address_books_write_are_read(text, expected):
    assert Birthday.parse(text) == expected


@pytest.mark.parametrize(
    "text", ["", "1985", "1985-03", "--13-01", "1985-02-29", "14 July", "---14"]
)
def test_what_is_not_a_day_and_month_is_refused(text):
    with pytest.raises(ValueError):
        Birthday.parse(text)


def test_the_text_form_is_iso_with_or_without_the_year():
    assert Birthday(7, 14).isoformat() == "--07-14"
    assert Birthday(3, 5, 1985).isoformat() == "1985-03-05"
    assert Birthday(7, 14).date() is None
    assert Birthday(3, 5, 1985).date() == dt.date(1985, 3, 5)


def test_the_next_birthday_comes_round_every_year_even_on_29_february():
    today = dt.date(2026, 6, 15)
    assert Birthday(7, 14).next_on_or_after(today) == dt.date(2026, 7, 14)
    assert Birthday(6, 15).next_on_or_after(today) == dt.date(2026, 6, 15)
    assert Birthday(1, 2, 1990).next_on_or_after(today) == dt.date(2027, 1, 2)
    assert Birthday(2, 29).next_on_or_after(today) == dt.date(2027, 2, 28)
    assert Birthday(2, 29).next_on_or_after(dt.date(2027, 12, 1)) == dt.date(2028, 2, 29)


def test_a_year_less_birthday_is_shown_as_day_and_month():
    assert plain(format_birthday(Birthday(7, 14))) == "14 July"
    assert plain(format_birthday(Birthday(7, 14, 1985))) == "14 Jul 1985"


def test_the_journal_stores_it_and_gives_it_back(services: Services):
    saved = services.people.save(Person(name="Agnès", birthday=Birthday(2, 29)))
    assert services.people.get(saved.id).birthday == Birthday(2, 29)
    raw = services.store.connection().execute("SELECT birthday FROM person").fetchone()[0]
    assert raw == "--02-29"


def test_a_dated_birthday_in_the_future_is_refused_a_year_less_one_never_is(services):
    with pytest.raises(ValidationError) as caught:
        services.people.save(Person(name="Later", birthday=Birthday(1, 1, TODAY.year + 1)))
    assert caught.value.field == "birthday"
    services.people.save(Person(name="Any year", birthday=Birthday(12, 31)))


def test_json_export_writes_mm_dd_and_import_reads_it_back(services, tmp_path):
    services.people.save(Person(name="Sans année", birthday=Birthday(7, 14)))
    services.people.save(Person(name="Dated", birthday=Birthday(3, 15, 1985)))
    path = tmp_path / "export.json"
    services.exchange.export_json(path)
    people = json.loads(path.read_text(encoding="utf-8"))["people"]
    assert [p["birthday"] for p in people] == ["--07-14", "1985-03-15"]
    document = services.exchange.read_json(path)
    assert [p.person.birthday for p in document.people] == [Birthday(7, 14), Birthday(3, 15, 1985)]


def test_an_export_written_before_year_less_birthdays_imports_unchanged(services):
    document = services.exchange.read_json(FIXTURES / "schema-v1.json")
    services.exchange.import_document(document)
    exported = services.exchange.export_document()
    expected = json.loads((FIXTURES / "schema-v1.json").read_text(encoding="utf-8"))
    # every field of a person comes back as it was (fields added since take defaults)
    for person, before in zip(exported["people"], expected["people"], strict=True):
        fields = [key for key, value in before.items() if not isinstance(value, list)]
        assert {key: person[key] for key in fields} == {key: before[key] for key in fields}


def test_a_journal_of_schema_1_migrates_and_then_keeps_year_less_birthdays(tmp_path):
    copy = tmp_path / "relations.sqlite3"
    shutil.copy(FIXTURES / "schema-v1.sqlite3", copy)
    store = Store(copy)
    open_store(store, tmp_path / "backups", fixed_clock)
    services = Services.create(store, clock=fixed_clock)
    before = len(services.people.summaries(include_archived=True))
    services.people.save(Person(name="Nouvelle", birthday=Birthday(9, 30)))
    store.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION >= 3
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == before + 1
    assert conn.execute("SELECT birthday FROM person WHERE name = 'Nouvelle'").fetchone() == (
        "--09-30",
    )
    conn.close()
    assert (tmp_path / "backups").is_dir()  # the step was backed up first


def test_the_person_dialog_edits_a_birthday_whose_year_is_unknown(qtbot):
    saved = []
    person = Person(name="Léa", id=1, birthday=Birthday(9, 30))
    dialog = PersonDialog(None, person, lambda p: saved.append(p) or p, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.birthday.no_year.isChecked()
    assert "1604" not in dialog.birthday.edit.text() and "2000" not in dialog.birthday.edit.text()
    assert dialog.birthday.edit.text() == "30 September"
    assert dialog.record().birthday == Birthday(9, 30)
    dialog.birthday.no_year.setChecked(False)
    dialog.birthday.edit.setDate(dialog.birthday.edit.date().addYears(-10))
    assert dialog.record().birthday == Birthday(9, 30, 1990)
    dialog.birthday.no_year.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved[-1].birthday == Birthday(9, 30)
