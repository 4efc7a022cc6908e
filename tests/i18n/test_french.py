"""With French chosen, what the window, a dialog, the detail pane, the printed
overview and the command line show is French, dates included."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMenu, QTabBar

from relations_app.printing.pdf import write_pdf
from relations_app.records import (
    Circle,
    Conversation,
    Direction,
    Help,
    HelpKind,
    Person,
    PersonRef,
)
from relations_app.resources import load_fonts
from relations_app.services.overview import OverviewChoices, OverviewService
from relations_app.ui.main_window import PEOPLE_TAB
from tests.conftest import TODAY, detail_text
from tests.i18n.conftest import without_marks
from tests.pdf_reading import pdf_text


def shown_texts(widget) -> list[str]:
    """Every label, button, menu, action, tab and column title of ``widget``."""
    texts = [widget.windowTitle()]
    texts += [a.text() for a in widget.findChildren(QAction)]
    texts += [m.title() for m in widget.findChildren(QMenu)]
    texts += [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    for bar in widget.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [without_marks(t) for t in texts if t.strip()]


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.fixture
def amelie(services):
    person = services.people.save(
        Person(name="Amélie Laurent", circle=Circle.INNER, keep_in_touch_days=14)
    )
    services.conversations.save(
        Conversation(
            date=dt.date(2026, 6, 3),
            people=(PersonRef(person.id, ""),),
            notes="Le four, la vitrine",
            learned="Elle garde chaque lettre de refus.",
            follow_up="Lui envoyer le contact",
            follow_up_due=dt.date(2026, 9, 3),
        )
    )
    services.help.save(
        Help(
            person_id=person.id,
            direction=Direction.GIVEN,
            kind=HelpKind.ADVICE,
            description="Relu son CV",
            offered_on=dt.date(2026, 6, 3),
        )
    )
    return person


def test_the_window_speaks_french(french, amelie, window, english_words):
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.people.table.select_id(amelie.id)
    texts = shown_texts(window)
    assert "Fichier" in texts and "Personnes" in texts and "Nouvelle personne" in texts
    assert [t for t in texts if t in english_words] == []
    assert headers(window.people.table)[:3] == ["Nom", "Cercle", "Dernière conversation"]
    assert [h for h in headers(window.people.table) if h in english_words] == []


def test_the_detail_pane_speaks_french_with_french_dates(french, amelie, window):
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.people.table.select_id(amelie.id)
    text = detail_text(window).replace("\u00a0", " ")
    assert "Cercle intime" in text
    assert "Dernière conversation : 3 juin 2026" in text
    assert "pour le 3 sept. 2026" in text
    assert "Appris :" in text and "Suite à donner :" in text
    for english in ("Last conversation", "circle", "Learned", "Follow-up", "Help"):
        assert english not in text


def test_a_dialog_and_qt_s_own_buttons_speak_french(french, qtbot, english_words):
    from relations_app.ui.person_dialog import PersonDialog

    dialog = PersonDialog(None, None, lambda person: person, TODAY)
    qtbot.addWidget(dialog)
    texts = shown_texts(dialog)
    assert "Nouvelle personne" in texts and "Nom :" in texts
    buttons = [
        without_marks(b.text())
        for box in dialog.findChildren(QDialogButtonBox)
        for b in box.buttons()
    ]
    assert buttons and all(b in ("Enregistrer", "Annuler", "OK", "Fermer") for b in buttons)
    assert [t for t in texts if t in english_words] == []


def test_the_printed_overview_is_french(french, amelie, services, tmp_path, english_words):
    assert "DejaVu Sans" in load_fonts()
    pdf = tmp_path / "bilan.pdf"
    choices = OverviewChoices(since=TODAY - dt.timedelta(days=89))
    write_pdf(OverviewService(services).gather(choices, TODAY), pdf)
    text = pdf_text(pdf)
    assert "Bilan des relations" in text and "Cercle intime" in text
    assert "3 juin 2026" in text
    sentences = [w for w in english_words if " " in w and "{" not in w and "%" not in w]
    assert [w for w in sentences if w in text] == []


def french_command(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "fr_FR.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "relations_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_speaks_french(tmp_path):
    helped = french_command("--help")
    assert helped.returncode == 0
    assert "utilisation\u00a0: relations" in helped.stdout
    assert "afficher cette aide et quitter" in helped.stdout
    assert "show this help" not in helped.stdout
    wrong = french_command("overview", "--data-dir", str(tmp_path))
    assert wrong.returncode == 2
    assert "les arguments suivants sont requis\u00a0: --pdf" in wrong.stderr
    listed = french_command("backups", "--data-dir", str(tmp_path))
    assert listed.returncode == 0 and "Pas encore de sauvegarde" in listed.stdout


def test_english_stays_english_without_a_catalogue(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = "de_DE.UTF-8"  # a language Relations does not speak: English
    helped = subprocess.run(
        [sys.executable, "-m", "relations_app", "--help"], capture_output=True, text=True, env=env
    )
    assert "show this help message and exit" in helped.stdout


@pytest.fixture
def twelve_hundred(services):
    from relations_app.services.exchange_format import read_document

    document = {
        "format": "relations-export",
        "version": 1,
        "people": [{"id": n, "name": f"Personne {n}"} for n in range(1, 1201)],
    }
    services.exchange.import_document(read_document(document, TODAY))


def test_counts_are_written_with_the_language_s_grouping(french, twelve_hundred, window):
    """ "1200 personnes" read as a code; French groups thousands with a space
    (and English with a comma), through Qt's %Ln."""
    status = window.summary_label.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert "1 200 personnes" in status.replace("&nbsp;", " ")


def test_the_command_line_groups_counts_as_the_language_does(tmp_path):
    """The command line has no application for Qt's %Ln: it wrote "1200
    personnes", as a code, where the window writes "1 200 personnes"."""
    import json

    document = {
        "format": "relations-export",
        "version": 2,
        "people": [{"id": n, "name": f"Personne {n}"} for n in range(1, 1201)],
    }
    export = tmp_path / "many.json"
    export.write_text(json.dumps(document), encoding="utf-8")
    done = french_command("--data-dir", str(tmp_path / "data"), "import", "json", str(export))
    assert done.returncode == 0, done.stderr
    said = done.stdout.replace("\u202f", " ").replace("\u00a0", " ")
    assert "1 200 personnes" in said
