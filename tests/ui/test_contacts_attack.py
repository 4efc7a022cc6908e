"""Defects found by attacking the contacts import, merge and export with the
files and names of real address books (long accented names, long columns)."""

import csv

from PySide6.QtWidgets import QApplication, QWidget


LONG_NAME = "Marie-Françoise de La Rochefoucauld-Montmorency"


def wholly_seen(widget: QWidget) -> bool:
    """Not cut by the edge of what holds it (a scroll area that never scrolls sideways)."""
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_mapping_step_shows_every_choice_even_beside_long_first_values(
    window, dialogs, tmp_path
):
    path = tmp_path / "mes contacts.csv"
    header = ["Nom complet de la personne rencontrée", "Adresse électronique", "Commentaires"]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(header)
        for n in range(3):
            writer.writerow(
                [f"{LONG_NAME} {n}", f"mf{n}@universite-paris-saclay.example.fr", "x" * 80]
            )
    seen = {}

    def look(dialog) -> None:
        dialog.show()
        QApplication.processEvents()
        seen["choices seen"] = [wholly_seen(combo) for combo in dialog.combos]
        seen["chosen"] = [combo.currentText() for combo in dialog.combos]
        dialog.reject()

    dialogs.run(lambda: window.import_dropped([path]), look)
    assert seen["chosen"] == ["Name", "Email", "Notes"]
    assert seen["choices seen"] == [True, True, True]
