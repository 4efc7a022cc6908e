"""The overview on paper, read back from the PDF: what is printed, on how many pages,
and that a file is written whole and private or not at all."""

import datetime as dt
import os
import stat

import pytest
from PySide6.QtGui import QPageLayout

from relations_app.printing.overview_document import build_overview_document
from relations_app.printing.paginate import (
    body_size,
    default_page_layout,
    paginate,
    stranded_headings,
)
from relations_app.printing.pdf import write_pdf
from relations_app.records import Conversation, Person, PersonRef
from relations_app.services.overview import Layout
from tests.conftest import TODAY
from tests.pdf_reading import pdf_fonts, pdf_glyphs, pdf_pages, pdf_text
from tests.printing.conftest import SECRET, gather

LONG_NOTE = (
    (
        "Notes with accents é à ü ñ ø, Greek Καλημέρα, Chinese 你好世界, Arabic مرحبا بالعالم. "
        * 180
    )[:19000]
    + "x" * 990
    + " END-OF-LONG-NOTE"
)


@pytest.fixture
def pdf(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder / "overview.pdf"


def test_the_overview_prints_names_values_help_and_notes(services, journal, pdf):
    write_pdf(gather(services), pdf)
    text = pdf_text(pdf)
    for expected in [
        "Relationship overview",
        "15 Jun 2026",
        "Amélie Laurent",
        "李小龍 Li",
        "Yusuf Ødegård",
        "北京",  # accents and non-Latin names
        "Honesty",
        "Saying what is true, kindly.",  # my values
        "Courage — Quit a safe job to open the studio",  # a shared value and its evidence
        "I gave · Introduction — Introduced her to my accountant (Offered, 13 Jun 2026)",
        "I received · Skill — Taught me to lead-climb (Done, 16 May 2026 → 26 May 2026)",
        "Long breakfast: the kiln, the shop front, ça va très bien.",
        "Καλημέρα — 你好 — مرحبا",
        "Send her the accountant's contact",  # open follow-up
        "Someone you could help",
        "You received help from 李小龍 Li once in the last 12 months and gave none",
        "Did the bank say yes to the studio loan?",  # the question for next time
        "Flatmates in Grenoble",
        "Page 1 of 4",
    ]:
        assert expected in text, expected
    assert "An old talk outside the period" not in text


def test_private_notes_only_when_asked(services, journal, pdf, tmp_path):
    write_pdf(gather(services), pdf)
    assert "Private-note-marker" not in pdf_text(pdf)
    assert "Private notes" not in pdf_text(pdf)
    with_notes = tmp_path / "with-notes.pdf"
    write_pdf(gather(services, include_private_notes=True), with_notes)
    text = pdf_text(with_notes)
    assert SECRET in text and "Another private note" in text
    assert "includes private notes" in text


def test_one_page_per_person_and_compact_flows(services, journal, pdf, tmp_path):
    pages = write_pdf(gather(services, layout=Layout.PER_PERSON), pdf)
    assert pages == pdf_pages(pdf) == 1 + 3  # the summary, then one page each
    for page, name in [(2, "Amélie Laurent"), (3, "李小龍 Li"), (4, "Yusuf Ødegård")]:
        assert pdf_text(pdf, page).lstrip().startswith(name)
    compact = pdf.with_name("compact.pdf")
    compact_pages = write_pdf(gather(services, layout=Layout.COMPACT), compact)
    assert compact_pages == pdf_pages(compact) < pages


def test_every_page_has_its_footer(services, journal, pdf):
    write_pdf(gather(services), pdf)
    for page in range(1, 5):
        footer = pdf_text(pdf, page).strip().splitlines()[-1]
        assert "Relations · Relationship overview · 15 Jun 2026" in footer
        assert footer.rstrip().endswith(f"Page {page} of 4")


def test_one_person(services, journal, pdf):
    from relations_app.services.overview import Who

    write_pdf(gather(services, who=Who.SELECTED, person_ids=(journal["li"].id,)), pdf)
    text = pdf_text(pdf)
    assert "李小龍 Li" in text and "with Amélie Laurent" in text  # she was there too
    assert "Flatmates in Grenoble" not in text and "Yusuf" not in text
    assert pdf_pages(pdf) == 2
    assert "Taught me to lead-climb" in text and "Introduced her to my accountant" not in text


def test_a_20000_character_note_wraps_inside_the_page(services, journal, pdf):
    amelie = journal["amelie"]
    services.conversations.save(
        Conversation(date=TODAY, people=(PersonRef(amelie.id, ""),), notes=LONG_NOTE)
    )
    pages = write_pdf(gather(services), pdf)
    assert pages > 4
    text = pdf_text(pdf)
    assert "END-OF-LONG-NOTE" in text and "Notes with accents é à ü ñ ø" in text
    right_edge = default_page_layout().fullRect(QPageLayout.Unit.Point).width() - 56.69
    bottom_edge = default_page_layout().fullRect(QPageLayout.Unit.Point).height()
    glyphs = pdf_glyphs(pdf)
    assert len(glyphs) > len(LONG_NOTE)
    assert max(glyph.x_max for glyph in glyphs) <= right_edge + 0.5
    assert max(glyph.y_top for glyph in glyphs) <= bottom_edge


def test_an_empty_journal_prints_one_friendly_page(services, pdf):
    assert write_pdf(gather(services), pdf) == 1
    text = pdf_text(pdf)
    assert "Your journal is still empty." in text and "Page 1 of 1" in text


def test_fonts_are_embedded(services, journal, pdf):
    write_pdf(gather(services), pdf)
    fonts = pdf_fonts(pdf)
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= {font.name for font in fonts}
    assert all(font.embedded for font in fonts), fonts


def test_no_heading_is_left_alone_at_a_page_bottom(services):
    """Many short people in the compact layout: some heading lands near every page end."""
    for n in range(60):
        person = services.people.save(
            Person(
                name=f"Person {n:02}",
                met_how="At work " * (n % 7 + 1),
                next_question="How was the trip?" if n % 3 else "",
            )
        )
        services.conversations.save(
            Conversation(
                date=TODAY,
                people=(PersonRef(person.id, ""),),
                notes="A walk and a talk. " * (n % 5 + 1),
            )
        )
    layout = default_page_layout()
    document = build_overview_document(gather(services, layout=Layout.COMPACT))
    height = body_size(layout).height()
    document.setPageSize(body_size(layout))
    assert stranded_headings(document, height), "the test needs headings that would strand"
    pages = paginate(document, layout)
    assert stranded_headings(document, height) == []
    assert pages == document.pageCount() > 3


def test_the_file_is_private_and_replaces_the_old_one_whole(services, journal, pdf):
    pdf.write_bytes(b"old")
    write_pdf(gather(services), pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(pdf).st_mode) == 0o600
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["overview.pdf"]


def test_an_unwritable_folder_leaves_nothing_behind(services, journal, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(OSError):
            write_pdf(gather(services), folder / "overview.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_destination_that_is_no_folder_is_refused(services, journal, tmp_path):
    """Fails for root too: a file stands where the folder should be."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OSError):
        write_pdf(gather(services), blocker / "overview.pdf")
    with pytest.raises(OSError):
        write_pdf(gather(services), tmp_path / "missing" / "overview.pdf")
    assert not (tmp_path / "missing").exists()


def test_a_failure_while_painting_keeps_the_old_file(services, journal, pdf, monkeypatch):
    import relations_app.printing.pdf as pdf_module

    pdf.write_bytes(b"old")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module, "render", broken)
    with pytest.raises(OSError):
        write_pdf(gather(services), pdf)
    assert pdf.read_bytes() == b"old"
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["overview.pdf"]


def test_period_without_conversations_says_so(services, journal, pdf):
    write_pdf(gather(services, since=TODAY + dt.timedelta(days=1)), pdf)
    assert "None in this period." in pdf_text(pdf)


@pytest.mark.parametrize("layout", [Layout.PER_PERSON, Layout.COMPACT])
def test_a_journal_larger_than_one_document_prints_everyone_numbered_through(
    services, journal, pdf, monkeypatch, layout
):
    """Qt lays a document out on at most 2**23 pixels (about 8,500 pages): past
    it 1,658 of 10,000 people were missing from the PDF. People then go in
    documents of their own, printed one after the other: here two a document."""
    from relations_app.printing import overview_document

    whole = write_pdf(gather(services, layout=layout), pdf)
    monkeypatch.setattr(overview_document, "PEOPLE_PER_DOCUMENT", 2)
    split = pdf.with_name("split.pdf")
    pages = write_pdf(gather(services, layout=layout), split)
    if layout is Layout.PER_PERSON:  # no blank page, no page more: the same pages
        assert pages == whole == pdf_pages(split) == 1 + 3
        for page, name in [(2, "Amélie Laurent"), (3, "李小龍 Li"), (4, "Yusuf Ødegård")]:
            assert pdf_text(split, page).lstrip().startswith(name)
    else:  # the third person starts a page, unheaded
        assert pages == pdf_pages(split) >= whole
        assert "People" not in pdf_text(split, pages).splitlines()[0]
    text = "".join(pdf_text(split, page) for page in range(1, pages + 1))
    for name in ("Amélie Laurent", "李小龍 Li", "Yusuf Ødegård"):
        assert name in text
    for page in range(1, pages + 1):
        assert pdf_text(split, page).strip().splitlines()[-1].endswith(f"Page {page} of {pages}")


def test_a_document_stays_under_qt_s_layout_height():
    """A thousand people at a page or two each: far below 2**23 pixels of
    layout, whatever the page size (A4, Letter)."""
    from relations_app.printing.overview_document import PEOPLE_PER_DOCUMENT

    page = body_size(default_page_layout()).height()
    assert PEOPLE_PER_DOCUMENT * 2 * page < 2**23 / 2
