"""A CSV file of unknown columns: the user maps them, the file is read with the mapping."""

import datetime as dt
from pathlib import Path

import pytest

from relations_app.birthdays import Birthday
from relations_app.contacts.contact import ContactFileError, UnknownCsvHeader
from relations_app.contacts.csv_mapping import guess, mapped_format, names_someone
from relations_app.contacts.reading import read_contact_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 6, 15)


def unknown(path: Path) -> UnknownCsvHeader:
    with pytest.raises(UnknownCsvHeader) as caught:
        read_contact_file(path, TODAY)
    return caught.value


def test_an_unknown_header_carries_its_columns_and_first_rows_for_the_mapping_step():
    error = unknown(FIXTURES / "unknown.csv")
    assert error.header == ["Nom complet", "Courriel", "Portable"]  # split on semicolons
    assert error.samples == [["Jean Dupont", "jean@example.org", "0600000000"]]
    assert error.path == FIXTURES / "unknown.csv"


def test_french_and_english_headings_are_guessed_and_the_file_read_with_them():
    error = unknown(FIXTURES / "unknown.csv")
    mapping = guess(error.header)
    assert mapping == {0: "name", 1: "email", 2: "phone"}
    found = read_contact_file(FIXTURES / "unknown.csv", TODAY, mapped_format(error.header, mapping))
    (jean,) = found.contacts
    assert (jean.name, jean.email, jean.phone) == ("Jean Dupont", "jean@example.org", "0600000000")


def test_first_and_last_names_are_assembled_and_a_column_can_be_left_out(tmp_path):
    path = tmp_path / "club.csv"
    path.write_text(
        "Prénom,Nom de famille,Ville,Date de naissance,Cotisation\n"
        "Zoé,Béranger,Nantes,--03-08,20\n"
        "يوسف,,الرباط,1990-01-02,20\n",
        encoding="utf-8",
    )
    error = unknown(path)
    mapping = guess(error.header)
    assert mapping == {0: "first_name", 1: "last_name", 2: "city", 3: "birthday"}
    zoe, youssef = read_contact_file(path, TODAY, mapped_format(error.header, mapping)).contacts
    assert (zoe.name, zoe.city, zoe.birthday) == ("Zoé Béranger", "Nantes", Birthday(3, 8))
    assert (youssef.name, youssef.city) == ("يوسف", "الرباط")
    assert zoe.notes == ""  # the dues column was left out


def test_a_mapping_without_any_name_column_is_not_enough():
    assert not names_someone({1: "email", 2: "phone"})
    assert names_someone({0: "last_name"})


def test_a_row_of_thousands_of_columns_is_no_header_to_map(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"col{n}" for n in range(5000)) + "\n" + "x," * 4999 + "x\n")
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(path, TODAY)
    assert not isinstance(caught.value, UnknownCsvHeader)
    assert str(caught.value) == f"{path}: has 5,000 columns, more than any address book export"


def test_the_french_name_of_an_email_address_is_guessed_as_email():
    header = ["Nom", "Adresse électronique", "Adresse postale"]
    assert guess(header) == {0: "name", 1: "email"}


def test_a_french_outlook_header_is_guessed_given_name_then_family_name():
    """'Nom' beside 'Prénom' is the family name; a heading whose field is taken
    already (a middle name, the email's display name) is left out, not taken
    for the next field its words suggest."""
    header = [
        "Titre",
        "Prénom",
        "Deuxième prénom",
        "Nom",
        "Société",
        "Adresse de messagerie",
        "Nom complet de l'adresse de messagerie",
        "Anniversaire",
    ]
    assert guess(header) == {
        1: "first_name",
        3: "last_name",
        4: "organisation",
        5: "email",
        7: "birthday",
    }
    assert guess(["Nom", "Prénom", "Courriel"]) == {0: "last_name", 1: "first_name", 2: "email"}
    assert guess(["Nom", "Courriel"]) == {0: "name", 1: "email"}  # alone, the whole name


def test_columns_without_a_heading_are_each_read_as_mapped(tmp_path):
    """A spreadsheet saved with blank headings: each column is its own, not
    the last of those that share the heading."""
    path = tmp_path / "tableur.csv"
    path.write_text("Nom complet,,,Ville\nZoé Ünal,zoe@example.org,06 12 34 56 78,Nantes\n")
    error = unknown(path)
    assert len(error.header) == 4 and len(set(error.header)) == 4
    mapping = {0: "name", 1: "email", 2: "phone", 3: "city"}
    (zoe,) = read_contact_file(path, TODAY, mapped_format(error.header, mapping)).contacts
    assert (zoe.email, zoe.phone, zoe.city) == ("zoe@example.org", "06 12 34 56 78", "Nantes")
