"""The search box of the real window (Ctrl+K): typing finds people and
conversations, the words are marked where they were found, and Enter or a
click opens what was found in its tab."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication

from relations_app.labels import format_date
from relations_app.models.roles import ID_ROLE
from relations_app.models.search_results_model import (
    DETAIL_MATCHES_ROLE,
    DETAIL_ROLE,
    KIND_ROLE,
    TITLE_MATCHES_ROLE,
    RowKind,
    SearchResultsModel,
)
from relations_app.operations import Changes
from relations_app.records import Circle, Conversation, Person, PersonRef
from relations_app.services.excerpts import matches_in, typed_words
from relations_app.ui.actions import ActionId
from relations_app.ui.search_delegate import laid_out
from relations_app.ui.search_dialog import SearchDialog
from tests.conftest import TODAY


def rows(dialog):
    model = dialog.model
    return [
        (model.index(r, 0).data(KIND_ROLE), model.index(r, 0).data())
        for r in range(model.rowCount())
    ]


def marked(index, role_text, role_matches):
    text = index.data(role_text)
    return [text[s : s + n] for s, n in index.data(role_matches)]


def journal(services):
    ana = services.people.save(Person(name="Ana Sousa", organisation="Atelier Lumière"))
    bruno = services.people.save(Person(name="Bruno Costa", city="Porto"))
    for i in range(30):
        who = ana if i % 2 else bruno
        services.conversations.save(
            Conversation(
                date=TODAY - dt.timedelta(days=i),
                people=(PersonRef(who.id, who.name),),
                notes=f"Talk {i} over coffee",
            )
        )
    old = services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=730),
            people=(PersonRef(ana.id, ana.name),),
            notes="Dinner in Osaka: Okonomiyaki with her brother",
        )
    )
    return ana, bruno, old


def open_search(window, qtbot, fill, keys=True):
    """Ctrl+K in the window (or its action), then ``fill(dialog)`` once the
    dialog is up."""
    seen = []
    tries = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SearchDialog):
            tries.append(1)
            if len(tries) < 300:
                QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    if keys:
        qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    else:
        window.actions[ActionId.SEARCH].trigger()
    assert seen, "Ctrl+K opened no search box"
    return seen[0]


def test_ctrl_k_finds_a_word_from_two_years_ago_and_opens_that_conversation(
    window, services, qtbot
):
    ana, _, old = journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        qtbot.keyClicks(dialog.edit, "okono")
        dialog.run_search()
        assert rows(dialog) == [
            (RowKind.HEADING, "Conversations"),
            (RowKind.CONVERSATION, f"{format_date(old.date)} · Ana Sousa"),
        ]
        index = dialog.results.currentIndex()  # the first result is ready for Enter
        assert index.data(ID_ROLE) == old.id
        assert marked(index, DETAIL_ROLE, DETAIL_MATCHES_ROLE) == ["Okonomiyaki"]
        assert index.data(DETAIL_ROLE).startswith("Notes: Dinner in Osaka")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    open_search(window, qtbot, fill)
    assert window.tabs.currentWidget() is window.journal
    assert window.journal.selected_id() == old.id


def test_the_arrow_keys_pass_over_headings_and_enter_opens_the_person(window, services, qtbot):
    ana, bruno, _ = journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        qtbot.keyClicks(dialog.edit, "porto")
        dialog.run_search()
        kinds = [kind for kind, _ in rows(dialog)]
        assert kinds[:2] == [RowKind.HEADING, RowKind.PERSON]
        assert dialog.results.currentIndex().row() == 1
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Up)  # nothing above but a heading
        assert dialog.results.currentIndex().row() == 1
        index = dialog.results.currentIndex()
        assert index.data() == "Bruno Costa"
        assert index.data(DETAIL_ROLE) == "City: Porto"
        assert marked(index, DETAIL_ROLE, DETAIL_MATCHES_ROLE) == ["Porto"]
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    open_search(window, qtbot, fill)
    assert window.tabs.currentWidget() is window.people
    assert window.people.selected_id() == bruno.id


def test_people_come_before_their_conversations_and_names_are_marked(window, services, qtbot):
    ana, _, _ = journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        dialog.edit.setText("sou")
        dialog.run_search()
        found = rows(dialog)
        assert found[0] == (RowKind.HEADING, "People")
        assert found[1] == (RowKind.PERSON, "Ana Sousa")
        assert (RowKind.HEADING, "Conversations") in found
        person = dialog.model.index(1, 0)
        assert marked(person, Qt.ItemDataRole.DisplayRole, TITLE_MATCHES_ROLE) == ["Sousa"]
        # found by the name: the second line says who they are
        assert person.data(DETAIL_ROLE) == "Wider circle · Atelier Lumière"
        first_talk = dialog.model.index(found.index((RowKind.HEADING, "Conversations")) + 1, 0)
        assert marked(first_talk, Qt.ItemDataRole.DisplayRole, TITLE_MATCHES_ROLE) == ["Sousa"]
        dialog.reject()

    open_search(window, qtbot, fill)


def test_accents_typed_or_not_and_the_heading_counts(window, services, qtbot):
    journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        dialog.edit.setText("LUMIERE")
        dialog.run_search()
        assert rows(dialog)[1] == (RowKind.PERSON, "Ana Sousa")
        assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "1 found"
        index = dialog.model.index(1, 0)
        assert marked(index, DETAIL_ROLE, DETAIL_MATCHES_ROLE) == ["Lumière"]
        dialog.edit.setText("coffee")
        dialog.run_search()
        assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "30 found"
        dialog.reject()

    open_search(window, qtbot, fill)


def test_show_all_opens_the_journal_filtered_on_the_words(window, services, qtbot, monkeypatch):
    monkeypatch.setattr("relations_app.services.search.CONVERSATIONS_LIMIT", 5)
    journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        dialog.edit.setText("coffee")
        dialog.run_search()
        found = rows(dialog)
        assert found[0][1] == "Conversations"
        assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "5 of 30"
        assert found[-1] == (RowKind.ALL_CONVERSATIONS, "Show them all in the Journal")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_End)  # the cursor, in the box
        for _ in range(10):
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
        assert dialog.results.currentIndex().row() == len(found) - 1
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    open_search(window, qtbot, fill)
    assert window.tabs.currentWidget() is window.journal
    assert window.journal.filter.edit.text() == "coffee"
    assert window.journal.model.rowCount() == 30


def test_an_archived_person_is_opened_by_showing_the_archived(window, services, qtbot):
    gone = services.people.save(Person(name="Quentin Archive", archived=True))
    services.people.save(Person(name="Somebody Else"))
    window.ctx.events.changed.emit(Changes.all())
    assert not window.actions[ActionId.SHOW_ARCHIVED].isChecked()

    def fill(dialog):
        dialog.edit.setText("quentin")
        dialog.run_search()
        index = dialog.model.index(1, 0)
        assert index.data(DETAIL_ROLE) == "Wider circle · archived"
        dialog.results.clicked.emit(index)

    open_search(window, qtbot, fill)
    assert window.actions[ActionId.SHOW_ARCHIVED].isChecked()
    assert window.people.selected_id() == gone.id
    assert "Quentin Archive is archived" in window.statusBar().currentMessage()


def test_empty_box_and_nothing_found_say_so(window, services, qtbot):
    journal(services)

    def fill(dialog):
        assert dialog.stack.currentWidget() is dialog.message
        assert "anywhere in the journal" in dialog.message.text()
        dialog.edit.setText("zzzzq")
        dialog.run_search()
        assert dialog.message.text() == "Nothing in the journal holds “zzzzq”."
        dialog.edit.setText('"*()')
        dialog.run_search()
        assert dialog.message.text() == "Type letters or digits to search."
        dialog.reject()

    open_search(window, qtbot, fill)


def test_the_box_opens_again_on_what_was_searched(window, services, qtbot):
    journal(services)

    def first(dialog):
        dialog.edit.setText("porto")
        dialog.reject()

    def again(dialog):
        assert dialog.edit.text() == "porto"
        assert dialog.edit.selectedText() == "porto"  # typing replaces it
        assert rows(dialog)[1] == (RowKind.PERSON, "Bruno Costa")
        dialog.reject()

    open_search(window, qtbot, first)
    open_search(window, qtbot, again, keys=False)


def test_markup_in_names_and_notes_is_shown_as_typed(window, services, qtbot):
    tag = services.people.save(Person(name="<b>Tag</b> & <i>Co</i>"))
    services.conversations.save(
        Conversation(
            date=TODAY,
            people=(PersonRef(tag.id, tag.name),),
            notes="<script>alert(1)</script> tagline",
        )
    )

    def fill(dialog):
        dialog.edit.setText("tag")
        dialog.run_search()
        found = rows(dialog)
        assert (RowKind.PERSON, "<b>Tag</b> & <i>Co</i>") in found
        talk = dialog.model.index(len(found) - 1, 0)
        assert talk.data(DETAIL_ROLE) == "Notes: <script>alert(1)</script> tagline"
        assert dialog.results.grab().width() > 0  # painted without a fault
        dialog.reject()

    open_search(window, qtbot, fill)


def test_the_results_model_passes_the_model_tester(qtmodeltester, services):
    journal(services)
    model = SearchResultsModel()
    model.set_results(services.search.search("o"))
    assert model.rowCount() > 3
    qtmodeltester.check(model)
    model.set_results(None)
    qtmodeltester.check(model)


def test_headings_cannot_be_chosen(services):
    journal(services)
    model = SearchResultsModel()
    model.set_results(services.search.search("coffee"))
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_french_counts_and_labels(french, services):
    journal(services)
    model = SearchResultsModel()
    model.set_results(services.search.search("coffee", conversations_limit=5))
    heading = model.index(0, 0)
    assert heading.data() == "Conversations"
    assert heading.data(DETAIL_ROLE) == "5 sur 30"
    assert model.index(1, 0).data(DETAIL_ROLE).startswith("Notes\u00a0: ")


def bold_in(layout):
    """The pieces of a laid out line that are drawn bold, as the user reads them."""
    units = layout.text().encode("utf-16-le")
    return [
        units[2 * f.start : 2 * (f.start + f.length)].decode("utf-16-le") for f in layout.formats()
    ]


def test_bold_lands_on_the_words_after_emoji_and_other_wide_characters(qapp):
    """Qt counts UTF-16 units where Python counts characters: an emoji before a
    word moved its bold and split the emoji into two broken halves."""
    font = QApplication.font()
    for text in ("🎉🎉 Kofi Mensah", "𝒦 notes about kofi, 𝐊𝐨𝐟𝐢 and kofi"):
        matches = matches_in(text, typed_words("kofi"))
        layout = laid_out(text, matches, font, 2000)
        assert bold_in(layout) == [text[s : s + n] for s, n in matches]
        assert set(bold_in(layout)) == {"Kofi"} or set(bold_in(layout)) == {"kofi"}


def test_control_characters_in_a_name_neither_hide_it_nor_move_the_bold(qapp):
    font = QApplication.font()
    name = "Ctrl\x9cHidden\nKofi\tMensah"  # written into the journal by another tool
    matches = matches_in(name, typed_words("kofi"))
    layout = laid_out(name, matches, font, 2000)
    assert layout.text() == "Ctrl Hidden Kofi Mensah"  # Qt cut the text at U+009C
    assert bold_in(layout) == ["Kofi"]


def test_a_word_longer_than_the_row_is_bold_as_far_as_it_shows(qapp):
    font = QApplication.font()
    text = "Notes: kofi " + "Supercalifragilistic" * 30
    matches = matches_in(text, typed_words("kofi super"))
    layout = laid_out(text, matches, font, 300)
    assert layout.text().endswith("…")
    shown = bold_in(layout)
    assert shown[0] == "kofi"
    assert len(shown) == 2 and "Supercali".startswith(shown[1][:9]) and len(shown[1]) > 3


def test_a_person_gone_since_the_search_leaves_show_archived_as_it_was(window, services, qtbot):
    """Another window or the command line deleted them after the search: the
    window says so and does not turn on "show archived" looking for them."""
    zed = services.people.save(Person(name="Zed Gone"))
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        dialog.edit.setText("zed")
        dialog.run_search()
        services.people.delete(zed.id)
        window.ctx.events.changed.emit(Changes.all())
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    open_search(window, qtbot, fill)
    assert not window.actions[ActionId.SHOW_ARCHIVED].isChecked()
    assert window.statusBar().currentMessage() == "This person is no longer in the journal."


def test_each_search_box_goes_when_closed(window, services, qtbot):
    """Ctrl+K made a new box each time and kept the old ones, hidden, with
    their results (notes included), as children of the window."""
    journal(services)
    for _ in range(3):
        open_search(window, qtbot, lambda dialog: dialog.edit.setText("coffee"), keys=False)
    # children(), not findChildren(): PySide 6 crashes in it here
    qtbot.waitUntil(
        lambda: not [c for c in window.children() if isinstance(c, SearchDialog)], timeout=1000
    )


def test_home_end_and_page_keys_in_the_list_reach_the_first_and_last_results(
    window, services, qtbot
):
    """Tab from the box goes to the list. Home there asked for the first row,
    which is always a heading, and Qt, finding it disabled, stayed where it was."""
    journal(services)
    window.ctx.events.changed.emit(Changes.all())

    def fill(dialog):
        dialog.edit.setText("o")
        dialog.run_search()
        found = rows(dialog)
        first = next(i for i, (kind, _) in enumerate(found) if kind != RowKind.HEADING)
        last = len(found) - 1
        listed = dialog.results
        qtbot.keyClick(listed, Qt.Key.Key_End)
        assert listed.currentIndex().row() == last
        qtbot.keyClick(listed, Qt.Key.Key_Home)
        assert listed.currentIndex().row() == first
        qtbot.keyClick(listed, Qt.Key.Key_PageDown)
        qtbot.keyClick(listed, Qt.Key.Key_PageUp)
        assert listed.currentIndex().row() == first
        for _ in range(10):
            qtbot.keyClick(listed, Qt.Key.Key_PageDown)
        assert listed.currentIndex().row() == last
        dialog.reject()

    open_search(window, qtbot, fill)


def test_a_row_lays_out_only_what_a_line_can_show(qapp, monkeypatch):
    """A conversation found by a name shows its notes' first line: one pasted
    line of 100,000 characters was measured and elided at every paint of the
    row (13 ms each, ten rows on screen: a stutter at every scroll)."""
    from relations_app.ui import search_delegate

    measured = []

    class Metrics(QFontMetrics):
        def elidedText(self, text, *args):
            measured.append(len(text))
            return super().elidedText(text, *args)

    monkeypatch.setattr(search_delegate, "QFontMetrics", Metrics)
    text = "word " * 20_000 + "kofi"
    layout = laid_out(text, ((0, 4), (len(text) - 4, 4)), QApplication.font(), 4000)
    assert max(measured) <= 2001
    assert layout.text().endswith("…")
    assert bold_in(layout) == ["word"]


def test_show_all_people_is_not_narrowed_by_the_circle_chosen_in_people(
    window, services, qtbot, monkeypatch
):
    """The Journal's person filter is reset for "show them all"; the People
    tab's circle was not: only the matches in that circle were shown."""
    monkeypatch.setattr("relations_app.services.search.PEOPLE_LIMIT", 1)
    services.people.save(Person(name="Walker Inner", circle=Circle.INNER))
    services.people.save(Person(name="Walker Wide"))
    window.ctx.events.changed.emit(Changes.all())
    window.people.show_circle(Circle.INNER.value)

    def fill(dialog):
        dialog.edit.setText("walker")
        dialog.run_search()
        assert rows(dialog)[-1] == (RowKind.ALL_PEOPLE, "Filter People by these words")
        dialog.results.clicked.emit(dialog.model.index(len(rows(dialog)) - 1, 0))

    open_search(window, qtbot, fill)
    assert window.people.filter.edit.text() == "walker"
    assert window.people.table.model().rowCount() == 2


def test_a_long_word_found_nowhere_does_not_widen_the_box(window, services, qtbot):
    """The message "Nothing in the journal holds …" quoted the whole text: a long word
    pasted (a link, a reference) cannot be wrapped, and the box grew 5,000
    pixels wide, off the screen."""
    journal(services)

    def fill(dialog):
        width = dialog.width()
        dialog.edit.setText("zq" * 400)
        dialog.run_search()
        qtbot.wait(10)
        assert dialog.message.text().startswith("Nothing in the journal holds “zqzq")
        assert dialog.message.text().endswith("…”.")
        assert dialog.width() == width
        dialog.reject()

    open_search(window, qtbot, fill)
