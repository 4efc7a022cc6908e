"""Every shape of address book file gives the same plain contacts, accents and
right-to-left names intact; a broken file gives one line naming file, problem
and line."""

import datetime as dt
from pathlib import Path

import pytest
import vobject
from vobject.base import ParseError

from relations_app.birthdays import Birthday
from relations_app.contacts.contact import ContactFileError
from relations_app.contacts.reading import read_contact_file, read_contact_files

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2026, 6, 15)


def read(name: str):
    return read_contact_file(FIXTURES / name, TODAY)


def by_name(name: str) -> dict:
    return {contact.name: contact for contact in read(name).contacts}


def test_apple_grouped_emails_year_less_birthday_and_a_folded_photo():
    found = read("apple.vcf")
    assert found.format == "vCard"
    agnes = found.contacts[0]
    assert agnes.name == "Agnès Dupré"
    assert agnes.email == "agnes.dupre@example.org"  # item1.EMAIL, the preferred one
    assert agnes.phone == "+33 6 12 34 56 78"
    assert agnes.organisation == "Atelier Dupré"
    assert agnes.city == "Lyon"
    assert agnes.birthday == Birthday(9, 30)  # X-APPLE-OMIT-YEAR=1604
    assert agnes.notes == "Rencontrée au salon du livre, stand 12.\nAime le thé vert."
    assert (agnes.source, agnes.line) == ("apple.vcf", 1)
    noa = found.contacts[1]
    assert (noa.name, noa.organisation) == ("נועה כהן", "סטודיו כהן")
    assert noa.birthday == Birthday(2, 3, 1990)
    assert found.contacts[2].name == "Boulangerie du Coin"  # a company card: FN, empty N


def test_vobjects_default_reading_fails_on_androids_soft_line_breaks():
    text = (FIXTURES / "android.vcf").read_text(encoding="utf-8")
    with pytest.raises(ParseError):
        list(vobject.readComponents(text))


def test_android_quoted_printable_with_a_soft_line_break():
    found = by_name("android.vcf")
    elodie = found["Élodie Léger"]
    assert elodie.notes == (
        "Rencontrée au club de lecture, parle de son projet de librairie à Annecy."
    )
    assert elodie.phone == "+33 7 00 11 22 33"  # TEL;CELL;PREF before TEL;HOME
    assert elodie.organisation == "Café des Arts"
    assert elodie.birthday == Birthday(11, 5, 1992)
    assert "يوسف حداد" in found
    assert found["يوسف حداد"].line == 13


def test_google_vcard_with_a_byte_order_mark_and_a_year_less_birthday():
    found = by_name("google.vcf")
    sara = found["Sara Haddad"]
    assert (sara.nickname, sara.city, sara.birthday) == ("Sarouna", "Marseille", Birthday(7, 14))
    assert sara.notes == "Amie d'Agnès."
    assert "李小龙" in found


def test_vcard_4_phone_uris_preferences_and_basic_dates():
    found = by_name("v4.vcf")
    omar = found["Omar Benali"]
    assert omar.phone == "+33-1-23-45-67-89"
    assert omar.email == "omar.benali@example.org"  # PREF=1, though second
    assert omar.birthday == Birthday(3, 15, 1985)  # BDAY:19850315
    assert omar.city == "Toulouse"
    # no FN: N assembled in the order names are written
    assert found["Dr Jeanne Marie Martin"].birthday == Birthday(7, 4)


def test_family_first_scripts_keep_their_order():
    from relations_app.contacts.vcard_reader import assemble_name

    assert assemble_name(["李", "小龙"]) == "李小龙"
    assert assemble_name(["Dupré", "Agnès"]) == "Agnès Dupré"


def test_google_csv_first_of_several_values_and_multi_line_cells():
    found = read("google.csv")
    assert found.format == "Google Contacts"
    chloe, yasmine, marc = found.contacts
    assert chloe.name == "Chloé Girard"
    assert chloe.email == "chloe.girard@example.org"  # "a ::: b" holds two
    assert chloe.notes == "Rencontrée à la fête du quartier.\nDeux enfants, un chat."
    assert (chloe.city, chloe.birthday, chloe.nickname) == ("Lyon", Birthday(7, 14), "Clo")
    assert yasmine.name == "ياسمين منصور"
    assert yasmine.line == 5  # Chloé's row spans lines 2 to 4
    # an email without @ is left out, and said so; the contact stays
    assert marc.email == "" and marc.phone == "01 40 00 00 00"
    assert marc.left_out == ("email: That email address has no @ in it.",)


def test_outlook_csv_in_the_windows_code_page_with_slashed_birthdays():
    found = read("outlook.csv")
    assert found.format == "Outlook"
    theo, ines = found.contacts
    assert (theo.name, theo.organisation, theo.city) == (
        "Théo Rousseau",
        "Rousseau & Fils",
        "Nantes",
    )
    assert theo.phone == "06 55 44 33 22"  # the mobile first
    assert theo.birthday == Birthday(3, 15, 1985)
    assert ines.birthday is None  # 0/0/00


def test_outlook_birthdays_day_first_when_a_day_past_12_says_so(tmp_path):
    path = tmp_path / "europe.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Birthday\r\n"
        "Anne,Roy,anne@example.org,03/04/1980\r\n"
        "Paul,Roy,paul@example.org,25/12/1979\r\n",
        encoding="utf-8",
    )
    anne, paul = read_contact_file(path, TODAY).contacts
    assert anne.birthday == Birthday(4, 3, 1980)
    assert paul.birthday == Birthday(12, 25, 1979)


def test_linkedin_connections_after_its_notes_lines():
    found = read("linkedin.csv")
    assert found.format == "LinkedIn"
    assert [(c.name, c.organisation, c.email, c.line) for c in found.contacts] == [
        ("Agnès Dupré", "Atelier Dupré", "agnes.dupre@example.org", 5),
        ("Raphaël Nguyen", "Banque du Nord", "", 6),
    ]


def test_semicolon_separated_csv_is_read_too(tmp_path):
    path = tmp_path / "outlook-fr.csv"
    path.write_text("First Name;Last Name;E-mail Address\r\nLou;Blanc;lou@example.org\r\n")
    assert read_contact_file(path, TODAY).contacts[0].email == "lou@example.org"


def test_a_birthday_in_the_future_or_that_does_not_exist_is_left_out(tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Future\nBDAY:2099-01-01\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Never\nBDAY:1990-02-30\nEND:VCARD\n"
    )
    future, never = read_contact_file(path, TODAY).contacts
    assert future.birthday is None and never.birthday is None
    assert future.left_out == ("birthday: The birthday is in the future.",)
    assert never.left_out == ("birthday: '1990-02-30' is not a date",)


def test_control_characters_go_and_decomposed_accents_are_composed(tmp_path):
    path = tmp_path / "mac.vcf"
    path.write_bytes(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Agne\u0300s\x07 Dupre\u0301\nEND:VCARD\n".encode()
    )
    assert read_contact_file(path, TODAY).contacts[0].name == "Agnès Dupré"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("unterminated.vcf", "line 5: a vCard begins here and never ends (END:VCARD is missing)"),
        ("nameless.vcf", "line 5: a contact without a name"),
        ("badline.vcf", "line 4: not a vCard line: 'this line is not a property'"),
        ("binary.vcf", "is not a text file (contacts are read from .vcf or .csv files)"),
        (
            "unknown.csv",
            "the columns are not those of a Google, Outlook or LinkedIn export "
            "(the file begins: 'Nom complet, Courriel, Portable')",
        ),
    ],
)
def test_a_broken_file_is_one_line_naming_file_problem_and_line(name, problem):
    with pytest.raises(ContactFileError) as caught:
        read(name)
    assert str(caught.value) == f"{FIXTURES / name}: {problem}"
    assert "\n" not in str(caught.value)


def card(name: str, end: bool = True) -> str:
    return f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\n" + ("END:VCARD\n" if end else "")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (card("Ana") + card("Bruno", end=False) + card("Chloé"), "line 5: a vCard begins here"),
        (card("Ana") + card("Bruno", end=False), "line 5: a vCard begins here"),
    ],
)
def test_a_card_that_never_ends_is_named_by_its_first_line(tmp_path, text, problem):
    path = tmp_path / "cards.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(path, TODAY)
    assert str(caught.value).startswith(f"{path}: {problem}")


def test_a_file_mostly_utf8_with_one_line_in_the_windows_code_page_keeps_both(tmp_path):
    path = tmp_path / "mixed.vcf"
    text = card("Agnès Dupré") + card("Zoë") + card("Noël")
    data = text.encode("utf-8").replace("Noël".encode(), "Noël".encode("cp1252"))
    path.write_bytes(data)
    names = [c.name for c in read_contact_file(path, TODAY).contacts]
    assert names == ["Agnès Dupré", "Zoë", "Noël"]  # not "AgnÃ¨s DuprÃ©"


def test_a_name_too_long_is_cut_and_kept_whole_in_the_notes(tmp_path):
    path = tmp_path / "long.vcf"
    whole = "Ä" * 2000
    path.write_text(card(whole) + card("Bruno"), encoding="utf-8")
    first, second = read_contact_file(path, TODAY).contacts
    assert len(first.name) == 200 and first.name.endswith("…")
    assert first.notes == whole
    assert first.left_out == (
        "name: cut to 200 characters; the whole name is at the top of the notes",
    )
    assert second.name == "Bruno"  # the rest of the file comes in


def test_a_stray_end_between_cards_loses_no_one(tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text(card("Ana") + "END:VCARD\n" + card("Bruno"), encoding="utf-8")
    assert [c.name for c in read_contact_file(path, TODAY).contacts] == ["Ana", "Bruno"]


def test_empty_missing_and_folder_paths(tmp_path):
    (tmp_path / "empty.vcf").write_bytes(b"")
    (tmp_path / "header.csv").write_text("First Name,Last Name,Connected On\n")
    for path, problem in [
        (tmp_path / "empty.vcf", "is empty"),
        (tmp_path / "header.csv", "holds no contact"),
        (tmp_path / "missing.vcf", "cannot be read (No such file or directory)"),
        (tmp_path, "is a folder, not a file"),
    ]:
        with pytest.raises(ContactFileError) as caught:
            read_contact_file(path, TODAY)
        assert str(caught.value) == f"{path}: {problem}"


def test_several_files_are_all_read_or_the_first_problem_is_named():
    good = [FIXTURES / "apple.vcf", FIXTURES / "linkedin.csv"]
    assert [len(f.contacts) for f in read_contact_files(good, TODAY)] == [3, 2]
    with pytest.raises(ContactFileError) as caught:
        read_contact_files([*good, FIXTURES / "binary.vcf"], TODAY)
    assert caught.value.path.name == "binary.vcf"


def test_utf16_csv_as_outlook_writes_for_unicode(tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes(
        "First Name\tLast Name\tE-mail Address\r\nZoé\tBéranger\tzoe@example.org\r\n".encode(
            "utf-16"
        )
    )
    assert read_contact_file(path, TODAY).contacts[0].name == "Zoé Béranger"


def test_right_to_left_marks_and_joiners_belong_to_names(tmp_path):
    path = tmp_path / "marks.vcf"
    name = "\u200fمحمد\u200f علي"  # right-to-left marks, as phones write them
    persian = "می\u200cخواهم"  # a zero-width non-joiner inside a Persian word
    path.write_text(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nNOTE:{persian}\nEND:VCARD\n", encoding="utf-8"
    )
    contact = read_contact_file(path, TODAY).contacts[0]
    assert (contact.name, contact.notes) == (name, persian)


def test_quoted_printable_in_another_charset_or_with_bytes_that_are_not_text(tmp_path):
    path = tmp_path / "latin.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9e\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:caf=E9 =FF\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=X-UNKNOWN;QUOTED-PRINTABLE:Zo=C3=A9\nEND:VCARD\n"
    )
    renee, zoe = read_contact_file(path, TODAY).contacts
    assert renee.name == "Renée"
    assert renee.notes == "caf\ufffd \ufffd"  # not UTF-8: marked, not a crash
    assert zoe.name == "Zoé"


def test_a_vcf_that_is_not_a_vcard_and_a_header_cell_on_two_lines(tmp_path):
    calendar = tmp_path / "calendar.vcf"
    calendar.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
    two_lines = tmp_path / "two-lines.csv"
    two_lines.write_text('"Full\nname",Mail\nAnn,ann@example.org\n')
    for path, problem in [
        (calendar, "is not a vCard (it does not begin with BEGIN:VCARD)"),
        (
            two_lines,
            "the columns are not those of a Google, Outlook or LinkedIn export "
            "(the file begins: 'Full name, Mail')",
        ),
    ]:
        with pytest.raises(ContactFileError) as caught:
            read_contact_file(path, TODAY)
        assert str(caught.value) == f"{path}: {problem}"


def test_a_file_with_more_contacts_than_any_address_book_is_refused_at_its_line(monkeypatch):
    from relations_app.contacts import reading

    monkeypatch.setattr(reading, "MAX_CONTACTS", 2)
    with pytest.raises(ContactFileError) as caught:
        read("apple.vcf")
    assert str(caught.value).endswith("holds more than 2 contacts, more than any address book")
    assert caught.value.line == 30  # where the third card begins


def test_a_csv_of_too_many_rows_is_refused_without_holding_them_all(monkeypatch, tmp_path):
    from relations_app.contacts import csv_reader, reading

    monkeypatch.setattr(reading, "MAX_CONTACTS", 2)
    path = tmp_path / "many.csv"
    rows = "".join(f"A{i},B{i},a{i}@example.org\n\n" for i in range(1000))  # blank lines too
    path.write_text("First Name,Last Name,E-mail Address\n" + rows, encoding="utf-8")
    held = []
    real = csv_reader._rows
    monkeypatch.setattr(csv_reader, "_rows", lambda *args: held.extend(real(*args)) or held)
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(path, TODAY)
    assert str(caught.value).endswith("holds more than 2 contacts, more than any address book")
    assert caught.value.line == 6  # the third contact, after the blank line of each
    assert len(held) == 5  # three contacts and the blank lines between, not 2,000 rows


def test_reading_says_how_far_into_the_file_it_is(monkeypatch):
    from relations_app.contacts import reading

    monkeypatch.setattr(reading, "STOP_CHECK_EVERY", 1)
    reports = []
    read_contact_file(FIXTURES / "apple.vcf", TODAY, report=lambda *r: reports.append(r))
    lines = (FIXTURES / "apple.vcf").read_text(encoding="utf-8").count("\n") + 1
    assert [line for line, _ in reports] == [1, 21, 30]  # where each card begins
    assert {total for _, total in reports} == {lines}


def test_reading_stops_when_asked():
    from relations_app.contacts.contact import ReadingStopped

    with pytest.raises(ReadingStopped):
        read_contact_file(FIXTURES / "apple.vcf", TODAY, stop=lambda: True)
