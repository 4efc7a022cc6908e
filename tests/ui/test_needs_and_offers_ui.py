"""Needs and offers in the person dialog, the detail pane and the filter; What I
can offer; the help dialog's due date; the conversation dialog's side panel;
the depth chart."""

import datetime as dt

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from relations_app.operations import Changes
from relations_app.records import Circle, Direction, Help, HelpKind, Person, PersonRef
from relations_app.services.briefs import briefs
from relations_app.ui.actions import ActionId
from relations_app.ui.conversation_dialog import ConversationDialog
from relations_app.ui.widgets.depth_chart import DepthChart
from tests.conftest import TODAY, detail_text


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def shown(window) -> list[str]:
    proxy = window.people.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_needs_and_offers_from_the_dialog_to_the_pane_and_the_filter(window, dialogs, services):
    def fill(dialog):
        dialog.name.setText("Inès")
        dialog.looking_for.setPlainText("un mentor en céramique\n\n  a flat   in Lyon \n")
        dialog.can_offer.setPlainText("Arabic lessons")
        save(dialog)

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, fill)
    ines = services.people.summaries()[0].person
    assert ines.looking_for == ("un mentor en céramique", "a flat in Lyon")
    assert ines.can_offer == ("Arabic lessons",)
    pane = detail_text(window)
    assert "Looking for" in pane and "a flat in Lyon" in pane and "Arabic lessons" in pane
    services.people.save(Person(name="Bruno"))
    window.ctx.events.changed.emit(Changes.all())
    window.people.filter.edit.setText("ceramique")  # accents set aside
    assert shown(window) == ["Inès"]
    window.people.filter.edit.setText("arabic")
    assert shown(window) == ["Inès"]


def test_too_many_needs_are_refused_in_the_dialog(window, dialogs, services):
    seen = {}

    def fill(dialog):
        dialog.name.setText("Ana")
        dialog.looking_for.setPlainText("\n".join(f"need {i}" for i in range(31)))
        save(dialog)
        seen["error"] = dialog.error_label.text()
        seen["marked"] = dialog.looking_for.property("invalid")
        dialog.reject()

    dialogs.run(window.actions[ActionId.NEW_PERSON].trigger, fill)
    assert seen == {"error": "Keep it to 30 items or fewer.", "marked": True}
    assert services.people.count() == 0


def test_what_i_can_offer_add_rename_delete_and_undo(window, dialogs, services):
    services.people.save(Person(name="Bruno", looking_for=("feedback on my CV",)))
    seen = {}

    def manage(dialog):
        def add(offer_dialog):
            offer_dialog.name.setText("Feedback on a CV")
            save(offer_dialog)

        dialogs.run(dialog.add_button.click, add)
        seen["listed"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["who"] = dialog.who.text()

        def duplicate(offer_dialog):
            offer_dialog.name.setText("feedback ON a cv")
            save(offer_dialog)
            seen["error"] = offer_dialog.error_label.text()
            offer_dialog.reject()

        dialogs.run(dialog.add_button.click, duplicate)
        dialog.delete_button.click()
        seen["after delete"] = dialog.list.count()
        window.ctx.runner.undo()
        seen["after undo"] = dialog.list.count()
        dialog.reject()

    dialogs.run(window.actions[ActionId.MY_OFFERS].trigger, manage)
    assert seen == {
        "listed": ["Feedback on a CV"],
        "who": "Close to what they look for: Bruno",
        "error": "That is already in what you can offer.",
        "after delete": 0,
        "after undo": 1,
    }
    assert [o.name for o in services.offers.all()] == ["Feedback on a CV"]


def test_the_help_dialog_keeps_a_due_date_for_open_help_only(window, dialogs, services):
    ana = services.people.save(Person(name="Ana"))
    record = services.help.save(
        Help(
            ana.id,
            Direction.GIVEN,
            HelpKind.TIME,
            description="Help her move",
            offered_on=TODAY,
            due_on=TODAY + dt.timedelta(days=5),
        )
    )
    seen = {}

    def look(dialog):
        seen["due"] = dialog.due_on.date()
        dialog.status.setCurrentIndex(2)  # done
        seen["enabled when done"] = dialog.due_on.isEnabled()
        dialog.reject()

    dialogs.run(lambda: window.value_commands.edit_help(record.id), look)
    assert seen == {"due": TODAY + dt.timedelta(days=5), "enabled when done": False}


def test_the_side_panel_shows_what_to_ask_what_is_open_and_what_they_look_for(qtbot, services):
    ana = services.people.save(
        Person(
            name="Ana <i>S</i>",
            next_question="How is the studio?",
            looking_for=("a kiln",),
            circle=Circle.INNER,
        )
    )
    bruno = services.people.save(Person(name="Bruno"))
    services.help.save(
        Help(
            ana.id,
            Direction.GIVEN,
            HelpKind.ADVICE,
            description="Read her business plan",
            offered_on=TODAY,
        )
    )
    dialog = ConversationDialog(
        None,
        None,
        services.people.choices(),
        lambda c: c,
        TODAY,
        (PersonRef(ana.id, ana.name),),
        lambda ids: briefs(ids, TODAY),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.panel.text()
    assert "Ana <i>S</i>" in text  # as written, not as markup
    assert "Ask: How is the studio?" in text
    assert "Looking for: a kiln" in text
    assert "“Read her business plan”" in text and "You offered this today" in text
    dialog.people.set_people((PersonRef(bruno.id, "Bruno"),))
    dialog.people.changed.emit()
    assert "Nothing noted yet." in dialog.panel.text()
    dialog.reject()  # closing it with changes would ask first


def test_the_chart_draws_twelve_months_and_says_each(qtbot):
    chart = DepthChart()
    qtbot.addWidget(chart)
    months = [(dt.date(2026, m, 1), (m, 0, 1, 0, 2 if m == 6 else 0)) for m in range(1, 13)]
    chart.set_months(months)
    chart.resize(300, 110)
    chart.grab()  # paints without error
    assert chart.month_text(5).splitlines() == [
        "June 2026: 9 conversations",
        "Small talk: 6",
        "Personal: 1",
        "Heart to heart: 2",
    ]
    assert chart.accessibleDescription() == "92 conversations in the last 12 months."
    QApplication.processEvents()
