"""Address books as real exporters and old machines leave them: a contact
known only by its company, line endings of another age."""

import datetime as dt

import pytest

from relations_app.contacts.reading import read_contact_file

TODAY = dt.date(2026, 6, 15)
OUTLOOK_HEADER = "First Name,Middle Name,Last Name,Company,Mobile Phone,E-mail Address\r\n"


def test_a_contact_known_only_by_its_company_is_named_by_it(tmp_path):
    """Outlook and Google keep a shop or an office as a contact with only a
    company; refusing it refused the whole address book."""
    path = tmp_path / "outlook.csv"
    path.write_text(
        OUTLOOK_HEADER
        + "Inès,,Moreau,,,ines@example.org\r\n"
        + ",,,Boulangerie du Coin,04 78 00 00 00,\r\n",
        encoding="utf-8",
    )
    ines, shop = read_contact_file(path, TODAY).contacts
    assert ines.name == "Inès Moreau"
    assert (shop.name, shop.organisation, shop.phone) == (
        "Boulangerie du Coin",
        "Boulangerie du Coin",
        "04 78 00 00 00",
    )


def test_a_vcard_with_only_a_company_is_named_by_it(tmp_path):
    path = tmp_path / "google.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nORG:Atelier Dupré;Céramique\nEND:VCARD\n",
        encoding="utf-8",
    )
    (atelier,) = read_contact_file(path, TODAY).contacts
    assert atelier.name == "Atelier Dupré, Céramique"


def test_a_vcard_with_old_mac_line_endings_is_read(tmp_path):
    path = tmp_path / "old mac.vcf"
    path.write_bytes(
        "BEGIN:VCARD\rVERSION:3.0\rFN:Zoé Ünal\rNOTE:one\\ntwo\rEND:VCARD\r"
        "BEGIN:VCARD\rVERSION:3.0\rFN:Léa\rEND:VCARD\r".encode()
    )
    zoe, lea = read_contact_file(path, TODAY).contacts
    assert (zoe.name, zoe.notes, zoe.line, lea.name, lea.line) == (
        "Zoé Ünal",
        "one\ntwo",
        1,
        "Léa",
        6,
    )


def test_a_bidi_override_in_a_name_goes_but_right_to_left_names_and_marks_stay(tmp_path):
    """An override (U+202E) left open turns what follows it around, in the
    name and in every line the name is part of ("Merge ... into ..."); the
    marks and joiners real names carry are kept."""
    path = tmp_path / "names.vcf"
    names = ["\u202eevil\u202c Name", "\u2067سارة\u2069 Ali", "سارة العلي\u200f", "נועה כהן"]
    path.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nEND:VCARD\n" for name in names),
        encoding="utf-8",
    )
    read = [contact.name for contact in read_contact_file(path, TODAY).contacts]
    assert read == ["evil Name", "سارة Ali", "سارة العلي\u200f", "נועה כהן"]


GOOGLE_WITHOUT_EMAILS = (
    "First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Birthday,Notes,"
    "Labels,Phone 1 - Label,Phone 1 - Value\n"
    "Zoé,,Ünal,,,,--07-14,,* myContacts,Mobile,06 12 34 56 78\n"
)
GOOGLE_NAMES_ONLY = (
    "First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Birthday,Notes,Labels\n"
    "Léa,,Martin,,,,1990-03-15,,* myContacts\n"
)


@pytest.mark.parametrize("text", [GOOGLE_WITHOUT_EMAILS, GOOGLE_NAMES_ONLY])
def test_a_google_export_is_known_without_its_email_columns(tmp_path, text):
    """Google leaves out the columns no contact fills: an address book of
    phone numbers has no 'E-mail 1 - Value'."""
    path = tmp_path / "contacts.csv"
    path.write_text(text, encoding="utf-8")
    found = read_contact_file(path, TODAY)
    assert found.format == "Google Contacts"
    assert [c.name for c in found.contacts] in (["Zoé Ünal"], ["Léa Martin"])
