"""The main window: Today, People and Journal tabs, menus, and what each action does.

Every write goes through the runner (ui/runner.py); the views follow the
Changes it broadcasts (ui/window_updates.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from relations_app import APP_NAME
from relations_app.context import AppContext
from relations_app.operations import Changes
from relations_app.resources import app_icon
from relations_app.ui.actions import ActionId, create_actions
from relations_app.ui.appearance import AppearanceMenus
from relations_app.ui.contacts_commands import ContactsCommands
from relations_app.ui.encryption_commands import EncryptionCommands
from relations_app.ui.file_commands import FileCommands
from relations_app.ui.file_drop import AcceptsContactFiles
from relations_app.ui.journal_commands import JournalCommands
from relations_app.ui.menus import COLOURS, LANGUAGE, LOCK_AFTER, build_menus, build_toolbar
from relations_app.ui.people_commands import PeopleCommands
from relations_app.ui.runner import Runner
from relations_app.ui.today_commands import TodayCommands, items_per_section
from relations_app.ui.today_page import TodayPage
from relations_app.ui.values_commands import ValuesCommands
from relations_app.ui.window_state import restore_parts, restore_window, save_window
from relations_app.ui.window_updates import WindowUpdates

if TYPE_CHECKING:
    from relations_app.ui.journal_page import JournalPage
    from relations_app.ui.people_page import PeoplePage

TODAY_TAB, PEOPLE_TAB, JOURNAL_TAB = 0, 1, 2
PEOPLE_CONTEXT_MENU = (
    ActionId.EDIT_PERSON,
    ActionId.LOG_CONVERSATION,
    ActionId.RECORD_SHARED_VALUE,
    ActionId.RECORD_HELP,
    ActionId.PRINT_PERSON,
    ActionId.MERGE_PEOPLE,
    ActionId.ARCHIVE_PERSON,
    ActionId.DELETE_PERSON,
)
JOURNAL_CONTEXT_MENU = (
    ActionId.EDIT_CONVERSATION,
    ActionId.FOLLOW_UP_DONE,
    ActionId.DELETE_CONVERSATION,
)
STATUS_MS = 8000


class MainWindow(AcceptsContactFiles, QMainWindow):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, rest_after_first_frame: bool = False
    ) -> None:
        """``rest_after_first_frame`` (at start): Today shows its first screen
        in the window's first frame, the rest of its agenda right after."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        if ctx.runner is None:
            ctx.runner = Runner(ctx, self)
        self.runner = ctx.runner
        self.person_commands = PeopleCommands(ctx, self)
        self.journal_commands = JournalCommands(ctx, self)
        self.value_commands = ValuesCommands(ctx, self)
        self.files = FileCommands(ctx, self)
        self.encryption = EncryptionCommands(ctx, self)
        self.contacts = ContactsCommands(ctx, self)
        self._printing = None
        self._last_search = ""  # the search box opens on what was searched last
        self.actions = create_actions(self)
        self.today = TodayPage()
        self.today_commands = TodayCommands(ctx, self, self.today)
        self._people: PeoplePage | None = None  # made when first needed (see people)
        self._journal: JournalPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(QWidget(), self.tr("People"))
        self.tabs.addTab(QWidget(), self.tr("Journal"))
        self.setCentralWidget(self.tabs)
        self.summary_label = QLabel()  # its "to reconnect with" opens Today
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.linkActivated.connect(self.show_today)
        self.statusBar().addPermanentWidget(self.summary_label)
        appearance = AppearanceMenus(ctx.settings, self)
        build_menus(
            self,
            self.actions,
            {
                LOCK_AFTER: self.encryption.lock_after_menu(),
                COLOURS: appearance.colours_menu(),
                LANGUAGE: appearance.language_menu(),
            },
        )
        build_toolbar(self, self.actions)
        self.updates = WindowUpdates(self)
        self._detail_timer = QTimer(self)  # selection changes come in bursts: draw once
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_detail)
        self._connect_signals()
        self._restore_state()
        if self.tabs.currentIndex() == TODAY_TAB and rest_after_first_frame:
            self.today_commands.first_screen_then_the_rest()
            self.today.setFocus()
        elif self.tabs.currentIndex() == TODAY_TAB:
            self.today_commands.shown()
            self.today.setFocus()
        else:  # the arrow keys move through the list shown from the start
            self.people.table.setFocus()
        self.updates.load_shown()
        self.setAcceptDrops(True)  # address book files (ui/file_drop.py)

    # -- wiring ------------------------------------------------------------------
    def _handlers(self) -> dict:
        """What each action does."""
        p, j, v, f = self.person_commands, self.journal_commands, self.value_commands, self.files
        return {
            ActionId.QUIT: self.close,
            ActionId.FIND: self.focus_filter,
            ActionId.SEARCH: self.search_everything,
            ActionId.DELETE: self.delete_selected,
            ActionId.MY_VALUES: v.my_values,
            ActionId.MY_OFFERS: v.my_offers,
            ActionId.SHOW_TODAY: self.show_today,
            ActionId.SHOW_PEOPLE: lambda: self.tabs.setCurrentIndex(PEOPLE_TAB),
            ActionId.SHOW_JOURNAL: lambda: self.tabs.setCurrentIndex(JOURNAL_TAB),
            ActionId.NEW_PERSON: self.add_person,
            ActionId.EDIT_PERSON: self._with_person(p.edit_person),
            ActionId.LOG_CONVERSATION: self.log_conversation,
            ActionId.RECORD_SHARED_VALUE: self._with_person(v.record_shared_value),
            ActionId.RECORD_HELP: self._with_person(v.record_help),
            ActionId.ARCHIVE_PERSON: self._archive_triggered,
            ActionId.DELETE_PERSON: self._with_person(p.delete_person),
            ActionId.EDIT_CONVERSATION: self._with_conversation(j.edit_conversation),
            ActionId.FOLLOW_UP_DONE: self._follow_up_triggered,
            ActionId.DELETE_CONVERSATION: self._with_conversation(j.delete_conversation),
            ActionId.EXPORT_JSON: f.export_json,
            ActionId.IMPORT_JSON: f.import_json,
            ActionId.IMPORT_CONTACTS: self.import_contacts,
            ActionId.EXPORT_VCARD: lambda: self.contacts.export_vcard(self._selected_people()),
            ActionId.MERGE_PEOPLE: self._merge_selected,
            ActionId.FIND_DUPLICATES: self.contacts.find_duplicates,
            ActionId.ABOUT: self.show_about,
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.BACKUPS: self.show_backups,
            ActionId.ENCRYPT: lambda: self._converted(self.encryption.encrypt()),
            ActionId.CHANGE_PASSPHRASE: lambda: self._converted(
                self.encryption.change_passphrase()
            ),
            ActionId.REMOVE_ENCRYPTION: lambda: self._converted(
                self.encryption.remove_encryption()
            ),
            ActionId.LOCK: self.lock,
            ActionId.PRINT_OVERVIEW: lambda: self.printing.print_overview(self._selected_people()),
            ActionId.EXPORT_OVERVIEW_PDF: lambda: self.printing.export_overview_pdf(
                self._selected_people()
            ),
            ActionId.PRINT_PERSON: self._with_person(lambda pid: self.printing.print_person(pid)),
        }

    def _connect_signals(self) -> None:
        a = self.actions
        for action_id, handler in self._handlers().items():
            a[action_id].triggered.connect(handler)
        self.runner.connect_actions(a[ActionId.UNDO], a[ActionId.REDO])
        a[ActionId.SHOW_ARCHIVED].setChecked(self.ctx.settings.show_archived)
        a[ActionId.SHOW_ARCHIVED].toggled.connect(self._show_archived_toggled)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.ctx.events.changed.connect(self.updates.apply)
        self.runner.said.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.runner.replayed.connect(self._after_undo_or_redo)

    # -- the People and Journal pages, made the first time they are needed ----------------
    @property
    def people(self) -> PeoplePage:
        """Made when first needed: the window opens on Today, and the pages not
        shown cost its first frame some 80 ms at 2,000 people (docs/performance.md)."""
        if self._people is None:
            from relations_app.ui.people_page import PeoplePage

            page = PeoplePage()
            page.model.top_size = items_per_section(self.ctx.settings)
            self._people = page
            self._place(PEOPLE_TAB, page, PEOPLE_CONTEXT_MENU)
            self._connect_people(page)
        return self._people

    @property
    def journal(self) -> JournalPage:
        if self._journal is None:
            from relations_app.ui.journal_page import JournalPage

            page = JournalPage(self.ctx.services.journal)
            self._journal = page
            self._place(JOURNAL_TAB, page, JOURNAL_CONTEXT_MENU)
            page.conversation_selected.connect(self.update_actions)
            page.table.id_activated.connect(self.journal_commands.edit_conversation)
        return self._journal

    def built_people(self) -> PeoplePage | None:
        """The People page if it is made, without making it."""
        return self._people

    def _place(self, index: int, page, context_menu: tuple) -> None:
        """Put a page made now in its tab, with its context menu and its saved
        splitter and columns, the tab shown staying the one shown."""
        shown, placeholder = self.tabs.currentIndex(), self.tabs.widget(index)
        text = self.tabs.tabText(index)
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, text)
            self.tabs.setCurrentIndex(shown)
        placeholder.deleteLater()
        for action_id in context_menu:
            page.table.addAction(self.actions[action_id])
        restore_parts(self, self.ctx.settings, self._splitters(page), self._headers(page))
        page.fit_columns()  # a saved header state brings back its old resize modes

    def _connect_people(self, page: PeoplePage) -> None:
        a, detail = self.actions, page.detail
        page.person_selected.connect(self._person_selected)
        page.table.id_activated.connect(self.person_commands.edit_person)
        page.welcome.add_person_requested.connect(self.add_person)
        page.welcome.import_requested.connect(self.files.import_json)
        page.welcome.contacts_requested.connect(self.import_contacts)
        detail.link_activated.connect(self._detail_link)
        for button, action_id in (
            (detail.edit_button, ActionId.EDIT_PERSON),
            (detail.log_button, ActionId.LOG_CONVERSATION),
            (detail.value_button, ActionId.RECORD_SHARED_VALUE),
            (detail.help_button, ActionId.RECORD_HELP),
            (detail.print_button, ActionId.PRINT_PERSON),
        ):
            button.clicked.connect(a[action_id].trigger)

    def _with_person(self, command):
        def run() -> None:
            person_id = self.people.selected_id()
            if person_id is not None:
                command(person_id)

        return run

    def _with_conversation(self, command):
        def run() -> None:
            conversation_id = self.journal.selected_id()
            if conversation_id is not None:
                command(conversation_id)

        return run

    @property
    def printing(self):
        """Print commands, loaded on first use: QtPrintSupport costs start-up time."""
        if self._printing is None:
            from relations_app.ui.print_commands import PrintCommands

            self._printing = PrintCommands(self.ctx, self)
        return self._printing

    def _selected_people(self) -> list[int]:
        return self._people.selected_ids() if self._people is not None else []

    def journal_shown(self) -> bool:
        return self.tabs.currentIndex() == JOURNAL_TAB

    def people_shown(self) -> bool:
        return self.tabs.currentIndex() == PEOPLE_TAB

    # -- the selection and the detail pane -------------------------------------------
    @Slot(object)
    def _person_selected(self, person_id) -> None:
        if person_id != self.people.detail.person_id():  # else it is drawn already
            self.show_detail_soon()
        self.update_actions()

    def show_detail_soon(self) -> None:
        self._detail_timer.start()

    @Slot()
    def _show_detail(self) -> None:
        person_id = self.people.selected_id()
        detail = self.ctx.services.people.detail(person_id) if person_id is not None else None
        summary = self.people.summary_of(person_id) if person_id is not None else None
        self.people.detail.show_person(detail, summary, self.ctx.today())

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if index == TODAY_TAB:
            self.today_commands.shown()
            self.today.setFocus()
        else:
            if index == JOURNAL_TAB:
                self.updates.journal_opened()
            else:
                self.updates.people_opened()
            page = self.journal if index == JOURNAL_TAB else self.people
            page.table.setFocus()  # the arrow keys and Delete act on the list just shown
        self.update_actions()

    @Slot()
    def show_today(self, *_args) -> None:
        self.tabs.setCurrentIndex(TODAY_TAB)

    @Slot()
    def _after_undo_or_redo(self) -> None:
        """Someone brought back by Undo is selected, as a new person is."""
        if len(self.updates.inserted_people) == 1 and not self.journal_shown():
            self.people.show_person(self.updates.inserted_people[0])

    # -- actions ------------------------------------------------------------------
    @Slot()
    def update_actions(self, *_args) -> None:
        a, people = self.actions, self._people
        on_people = self.tabs.currentIndex() == PEOPLE_TAB and people is not None
        person_id = people.selected_id() if people is not None else None
        has_person = on_people and person_id is not None
        for action_id in (
            ActionId.EDIT_PERSON,
            ActionId.RECORD_SHARED_VALUE,
            ActionId.RECORD_HELP,
            ActionId.PRINT_PERSON,
            ActionId.ARCHIVE_PERSON,
            ActionId.DELETE_PERSON,
        ):
            a[action_id].setEnabled(has_person)
        summary = people.summary_of(person_id) if person_id is not None else None
        a[ActionId.ARCHIVE_PERSON].setChecked(bool(summary and summary.person.archived))
        conversation = self.journal.selected() if self.journal_shown() else None
        for action_id in (ActionId.EDIT_CONVERSATION, ActionId.DELETE_CONVERSATION):
            a[action_id].setEnabled(conversation is not None)
        a[ActionId.FOLLOW_UP_DONE].setEnabled(bool(conversation and conversation.follow_up.strip()))
        a[ActionId.FOLLOW_UP_DONE].setChecked(bool(conversation and conversation.follow_up_done))
        a[ActionId.DELETE].setEnabled(has_person or conversation is not None)
        a[ActionId.MERGE_PEOPLE].setEnabled(on_people and len(people.selected_ids()) == 2)
        a[ActionId.BACKUPS].setEnabled(self.ctx.backups is not None)
        encrypted = self.encryption.encrypted
        a[ActionId.ENCRYPT].setEnabled(not encrypted)
        for action_id in (ActionId.CHANGE_PASSPHRASE, ActionId.REMOVE_ENCRYPTION):
            a[action_id].setEnabled(encrypted)
        a[ActionId.LOCK].setEnabled(encrypted and self.ctx.lock is not None)
        for button in people.detail.buttons() if people is not None else ():
            button.setEnabled(has_person)  # at once, not when the pane is drawn

    @Slot()
    def add_person(self) -> None:
        person_id = self.person_commands.add_person()
        if person_id is not None:
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            self.people.show_person(person_id)

    @Slot()
    def log_conversation(self) -> None:
        """From People: with the selected person, who stays selected. From the
        Journal: with the person it is filtered on; the new entry is selected."""
        on_people = self.tabs.currentIndex() == PEOPLE_TAB
        person_id = self.people.selected_id() if on_people else None
        if self.journal_shown():
            person_id = self.journal.person_filter()
        conversation_id = self.journal_commands.log_conversation(
            [person_id] if person_id is not None else []
        )
        if conversation_id is not None and self.journal_shown():
            self.journal.show_conversation(conversation_id)

    @Slot()
    def import_contacts(self) -> None:
        self._after_import(self.contacts.import_contacts())

    def import_dropped(self, paths: list) -> None:
        self._after_import(self.contacts.import_paths(paths))

    def _after_import(self, imported: bool) -> None:
        """The people brought in are in People, the first of them selected."""
        if imported:
            self.tabs.setCurrentIndex(PEOPLE_TAB)
            if self.updates.inserted_people:
                self.people.show_person(self.updates.inserted_people[0])

    @Slot()
    def _merge_selected(self) -> None:
        ids = self.people.selected_ids()
        if len(ids) == 2 and self.contacts.merge_people(*ids):
            kept = [i for i in ids if self.people.model.row_of(i) >= 0]
            if kept:
                self.people.show_person(kept[0])

    @Slot()
    def focus_filter(self) -> None:
        page = self.journal if self.journal_shown() else self.people
        self.tabs.setCurrentWidget(page)  # from Today, Ctrl+F finds people
        page.focus_filter()

    @Slot()
    def search_everything(self) -> None:
        """The search box (ui/search_dialog.py); what is chosen opens in its tab."""
        from relations_app.ui.search_dialog import SearchDialog
        from relations_app.ui.search_results import open_search_result

        dialog = SearchDialog(self.ctx.services.search.search, self, self._last_search)
        dialog.exec()
        self._last_search = dialog.searched_text()
        chosen = dialog.chosen
        dialog.deleteLater()  # not one more hidden box, with its results, per search
        if chosen is not None:
            open_search_result(self, chosen, self._last_search)

    @Slot()
    def delete_selected(self) -> None:
        if self.tabs.currentIndex() == PEOPLE_TAB:
            self._with_person(self.person_commands.delete_person)()
        elif self.journal_shown():
            self._with_conversation(self.journal_commands.delete_conversation)()

    @Slot(bool)
    def _show_archived_toggled(self, checked: bool) -> None:
        self.ctx.settings.show_archived = checked
        self.updates.reload_people()

    @Slot()
    def _archive_triggered(self) -> None:
        person_id = self.people.selected_id()
        summary = self.people.summary_of(person_id) if person_id is not None else None
        if summary is not None:
            self.person_commands.set_archived(person_id, not summary.person.archived)

    @Slot()
    def _follow_up_triggered(self) -> None:
        conversation = self.journal.selected()
        if conversation is not None:
            self.journal_commands.set_follow_up_done(
                conversation.id, not conversation.follow_up_done
            )

    @Slot(str, int)
    def _detail_link(self, action: str, record_id: int) -> None:
        j, v = self.journal_commands, self.value_commands
        handlers = {
            "edit-conversation": j.edit_conversation,
            "delete-conversation": j.delete_conversation,
            "edit-value": v.edit_shared_value,
            "delete-value": v.delete_shared_value,
            "edit-help": v.edit_help,
            "delete-help": v.delete_help,
        }
        handler = handlers.get(action)
        if handler is not None:
            handler(record_id)

    def _converted(self, done: bool) -> None:
        if done:
            self.update_actions()

    @Slot()
    def lock(self) -> None:
        if self.ctx.lock is not None and self.encryption.encrypted:
            self.ctx.lock()

    # the dialogs below load on first use: they are not needed to show the window
    @Slot()
    def show_backups(self) -> None:
        from relations_app.ui.backups_dialog import BackupsDialog

        if self.ctx.backups is not None:
            BackupsDialog(self, self.ctx.backups, self._restored, self.runner.work).exec()

    def _restored(self) -> None:
        """The journal was replaced: no step of the undo history applies any more."""
        self.runner.forget_history()
        self.runner.broadcast(Changes.all())

    @Slot()
    def show_shortcuts(self) -> None:
        from relations_app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, self.actions).exec()

    @Slot()
    def show_about(self) -> None:
        from relations_app.ui.about_dialog import AboutDialog

        AboutDialog(self, self.ctx.paths.folder).exec()

    # -- window state ----------------------------------------------------------------
    def _restore_state(self) -> None:
        restore_window(self, self.ctx.settings, {}, {})  # each page's parts: when it is made
        self.tabs.setCurrentIndex(self._landing_tab())

    def _landing_tab(self) -> int:
        """Today once the journal has people; until then the welcome on People."""
        return TODAY_TAB if self.ctx.services.people.count() > 0 else PEOPLE_TAB

    def _made_pages(self) -> list:
        return [page for page in (self._people, self._journal) if page is not None]

    def _splitters(self, *pages) -> dict:
        return {p.splitter.objectName(): p.splitter for p in pages or self._made_pages()}

    def _headers(self, *pages) -> dict:
        names = {id(self._people): "people_header", id(self._journal): "journal_header"}
        return {names[id(p)]: p.table.horizontalHeader() for p in pages or self._made_pages()}

    def save_state(self) -> None:
        """Geometry, and the splitters and columns of the pages made (the others
        keep what was saved of them)."""
        save_window(self, self.ctx.settings, self._splitters(), self._headers())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.work.busy:  # a job is writing: it must end (or be cancelled) first
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
