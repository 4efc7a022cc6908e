"""One rule for who is due: the table, the detail pane and the status bar agree."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from relations_app.models.people_model import Column
from relations_app.operations import Changes
from relations_app.records import Circle, Conversation, Person, PersonRef
from tests.conftest import TODAY, detail_text


def test_table_pane_and_status_bar_use_the_same_rule(window, services):
    due_today = services.people.save(
        Person(name="Due today", circle=Circle.WIDER, keep_in_touch_days=14)
    )
    services.conversations.save(
        Conversation(
            date=TODAY - dt.timedelta(days=14), people=(PersonRef(due_today.id, "Due today"),)
        )
    )
    services.people.save(Person(name="New and close", circle=Circle.CLOSE, keep_in_touch_days=30))
    services.people.save(Person(name="New and wider", circle=Circle.WIDER, keep_in_touch_days=30))
    window.ctx.events.changed.emit(Changes.all())
    QApplication.processEvents()
    proxy = window.people.proxy
    shown = {
        proxy.index(r, Column.NAME).data(): proxy.index(r, Column.NEXT_RECONNECT).data()
        for r in range(proxy.rowCount())
    }
    assert shown == {
        "Due today": "due today",
        "New and close": "due today",
        "New and wider": "due in 30 days",
    }
    assert "2 to reconnect with" in window.summary_label.text()
    window.people.select(due_today.id)
    assert "due today" in detail_text(window)
