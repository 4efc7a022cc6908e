"""Encryption in the window: encrypt, change and remove through the File menu,
the passphrase before the window (three tries), the idle lock on a test clock
and Ctrl+Shift+L, and the warning before a plain export."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from relations_app.paths import DataPaths
from relations_app.storage.sqlite import Key, is_plain
from relations_app.ui.actions import ActionId
from relations_app.ui.lock_screen import LockScreen
from relations_app.ui.passphrase_dialogs import NewPassphraseDialog, UnlockDialog
from relations_app.ui.session import Session
from relations_app.ui.startup import open_or_recover
from tests.conftest import NOW, click_button, plain
from tests.safety.encrypted import (
    PASSPHRASE,
    encryption,
    open_services,
    plain_hits,
    write_secrets,
)

STRONG = "violet harbour quietly folds seven lanterns"


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_new(first: str, second: str | None = None):
    def fill(dialog: NewPassphraseDialog) -> None:
        dialog.first.setText(first)
        dialog.second.setText(first if second is None else second)
        assert dialog.strength.text()  # the hint is there
        QTimer.singleShot(0, ok(dialog).click)  # a question may follow: let the driver see it

    return fill


def type_current(text: str):
    def fill(dialog: UnlockDialog) -> None:
        dialog.field.setText(text)
        ok(dialog).click()

    return fill


def answer(text: str):
    return lambda box: click_button(box, text)


@pytest.fixture
def encrypted_dir(data_dir):
    paths = DataPaths(data_dir)
    services = open_services(paths)
    write_secrets(services)
    encryption(services, paths).encrypt(Key(PASSPHRASE))
    services.store.close()
    return paths


def test_encrypt_change_and_remove_from_the_file_menu(window, dialogs, ctx):
    actions = window.actions
    write_secrets(ctx.services)
    window.updates.load_all()
    assert actions[ActionId.ENCRYPT].isEnabled()
    assert not actions[ActionId.CHANGE_PASSPHRASE].isEnabled()
    dialogs.run(actions[ActionId.ENCRYPT].trigger, type_new(STRONG))
    assert ctx.services.store.open_key is not None and not is_plain(ctx.paths.store)
    assert plain_hits(ctx.paths.folder) == []
    assert not actions[ActionId.ENCRYPT].isEnabled()
    assert actions[ActionId.LOCK].isEnabled() is False  # no session here to lock it
    assert window.people.table.model().rowCount() == 1  # the window goes on as it was

    dialogs.run(
        actions[ActionId.CHANGE_PASSPHRASE].trigger,
        type_current("wrong"),
        type_current(STRONG),
        type_new(STRONG + " again"),
    )
    assert ctx.services.store.open_key == Key(STRONG + " again")
    dialogs.run(
        actions[ActionId.REMOVE_ENCRYPTION].trigger,
        type_current(STRONG + " again"),
        answer("Yes"),
    )
    assert ctx.services.store.open_key is None and is_plain(ctx.paths.store)
    assert "Wrong passphrase." in dialogs.seen[1].problem.text()


def test_a_weak_passphrase_is_asked_about_and_two_different_ones_refused(window, dialogs, ctx):
    def differ(dialog):
        dialog.first.setText(STRONG)
        dialog.second.setText(STRONG + "x")
        assert not ok(dialog).isEnabled() and dialog.problem.text()
        dialog.reject()

    dialogs.run(window.actions[ActionId.ENCRYPT].trigger, differ)

    def still_open(dialog):
        assert isinstance(dialog, NewPassphraseDialog)  # back to choosing
        dialog.reject()

    dialogs.run(
        window.actions[ActionId.ENCRYPT].trigger, type_new("jean2026"), answer("No"), still_open
    )
    assert ctx.services.store.open_key is None


def test_export_from_an_encrypted_journal_says_the_file_is_plain(window, dialogs, ctx, tmp_path):
    dialogs.run(window.actions[ActionId.ENCRYPT].trigger, type_new(STRONG))
    seen = []

    def refuse(box):
        seen.append(plain(box.text()))
        click_button(box, "No")

    assert dialogs.run(window.files.export_json, refuse) is None
    assert "will not be" in seen[0]


def test_the_passphrase_is_asked_before_the_window_three_tries_then_quit(
    qtbot, encrypted_dir, dialogs
):
    def wrong_three_times(dialog):
        for attempt in ("one", "two", "three"):
            dialog.field.setText(attempt)
            ok(dialog).click()
        assert not dialog.isVisible()

    assert (
        dialogs.run(lambda: open_or_recover(encrypted_dir, lambda: NOW), wrong_three_times) is None
    )

    def wrong_then_right(dialog):
        dialog.field.setText("one")
        ok(dialog).click()
        assert "Wrong passphrase. 2 tries left." == dialog.problem.text()
        dialog.field.setText(PASSPHRASE)
        ok(dialog).click()

    store = dialogs.run(lambda: open_or_recover(encrypted_dir, lambda: NOW), wrong_then_right)
    assert store is not None and store.is_open and store.open_key is not None
    store.close()
    cancelled = dialogs.run(
        lambda: open_or_recover(encrypted_dir, lambda: NOW), lambda d: d.reject()
    )
    assert cancelled is None


class SteppedClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def session(qtbot, encrypted_dir):
    from relations_app.storage.store import Store

    store = Store(encrypted_dir.store, Key(PASSPHRASE))
    store.open()
    clock = SteppedClock()
    session = Session(encrypted_dir, store, clock)
    session.show_window()
    yield session, clock
    session.close()
    if session.lock_screen is not None:
        session.lock_screen.quit_requested.disconnect()
        session.lock_screen.close()
    if session.window is not None:
        session.window.close()
    store.close()


def test_idle_lock_closes_the_journal_and_unlock_brings_a_new_window(qtbot, session):
    session, clock = session
    first_window = session.window
    clock.now += dt.timedelta(minutes=14)
    session.check_idle()
    assert not session.locked
    clock.now += dt.timedelta(minutes=1)
    session.check_idle()
    assert session.locked and isinstance(session.lock_screen, LockScreen)
    assert not session.store.is_open and session.store.key is None
    assert session.window is None and not first_window.isVisible()
    backups_before = sorted(session.paths.backups.iterdir())
    QApplication.processEvents()
    session.lock_screen.field.setText("wrong")
    session.lock_screen.unlock_button.click()
    assert session.lock_screen.problem.text() == "Wrong passphrase."
    session.lock_screen.field.setText(PASSPHRASE)
    session.lock_screen.unlock_button.click()
    assert not session.locked and session.store.is_open
    window = session.window
    assert window is not None and window.tabs.currentWidget() is window.today  # lands on Today
    window.tabs.setCurrentWidget(window.people)
    assert window.people.table.model().rowCount() == 1
    assert sorted(session.paths.backups.iterdir()) == backups_before  # none while locked


def test_ctrl_shift_l_locks_at_once_and_input_keeps_it_unlocked(qtbot, session):
    session, clock = session
    clock.now += dt.timedelta(minutes=10)
    # the user is here: a key through the window, as the system delivers it
    QTest.keyClick(session.window.windowHandle(), Qt.Key.Key_Down)
    clock.now += dt.timedelta(minutes=10)
    session.check_idle()
    assert not session.locked
    window = session.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.locked and not session.store.is_open


def test_locking_while_today_is_shown_and_changing_leaves_nothing_to_read_the_closed_journal(
    qtbot, session
):
    """A change just before the lock queues the Today page's rebuild; the lock
    closes the journal before it runs: the rebuild must not read it."""
    from relations_app.operations import Changes

    session, _ = session
    window = session.window
    assert window.tabs.currentWidget() is window.today
    window.ctx.events.changed.emit(Changes.all())  # as after an edit: the page is to rebuild
    session.lock()
    assert session.locked and not session.store.is_open
    for _ in range(3):
        QApplication.processEvents()
    session.lock_screen.field.setText(PASSPHRASE)
    session.lock_screen.unlock_button.click()
    assert session.window.today.agenda is not None


def test_locked_before_the_rest_of_today_is_built_the_closed_journal_is_not_read(
    qtbot, encrypted_dir
):
    """At start Today shows its first screen and builds the rest once the first
    frame is painted; a lock in between closes the journal: the queued build
    must not read it, and the window after the unlock is whole."""
    from relations_app.storage.store import Store

    store = Store(encrypted_dir.store, Key(PASSPHRASE))
    store.open()
    session = Session(encrypted_dir, store, SteppedClock())
    try:
        session.show_window(rest_after_first_frame=True)
        first = session.window
        assert first.today.agenda is None  # the first screen only, so far
        session.lock()
        first.today_commands._the_rest()  # as queued behind the first frame
        assert first.today.agenda is None and not store.is_open
        session.lock_screen.field.setText(PASSPHRASE)
        session.lock_screen.unlock_button.click()
        assert session.window.today.agenda is not None
    finally:
        session.close()
        if session.window is not None:
            session.window.close()
        store.close()


def test_a_vcard_export_from_an_encrypted_journal_says_the_file_is_plain(window, dialogs, ctx):
    dialogs.run(window.actions[ActionId.ENCRYPT].trigger, type_new(STRONG))
    seen = []

    def refuse(box):
        seen.append(plain(box.text()))
        click_button(box, "No")

    assert dialogs.run(window.actions[ActionId.EXPORT_VCARD].trigger, refuse) is None
    assert "will not be" in seen[0]


def test_the_search_box_left_open_does_not_keep_the_journal_unlocked(qtbot, session):
    """Any open dialog holds the lock back (it may hold typing not yet saved);
    the search box holds none, and left open it showed the journal's notes for
    as long as the machine stayed on. Typing in it is being here."""
    from relations_app.ui.search_dialog import SearchDialog

    session, clock = session
    window = session.window
    seen = []

    def in_the_box():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SearchDialog):
            QTimer.singleShot(10, in_the_box)
            return
        seen.append(dialog)
        session.check_idle()  # the check every few seconds, the box just open
        clock.now += dt.timedelta(minutes=10)
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)  # someone typing in it
        clock.now += dt.timedelta(minutes=10)
        session.check_idle()
        assert dialog.isVisible() and not session.locked
        clock.now += dt.timedelta(minutes=15)
        session.check_idle()
        if dialog.isVisible():  # the test fails below; leave no dialog waiting
            dialog.reject()

    QTimer.singleShot(0, in_the_box)
    window.actions[ActionId.SEARCH].trigger()
    assert seen and not seen[0].isVisible()
    session.check_idle()  # the next check, the box gone
    assert session.locked and not session.store.is_open
