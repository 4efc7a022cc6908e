"""View ▸ Language: the choice is kept, and the next start speaks it, whatever
the system's language."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from relations_app.app import chosen_language
from relations_app.paths import DataPaths
from relations_app.settings import Settings


def language_action(window, label: str):
    view = next(a.menu() for a in window.menuBar().actions() if a.menu().title() == "&View")
    languages = next(a.menu() for a in view.actions() if a.menu() and a.text() == "&Language")
    return next(a for a in languages.actions() if a.text() == label)


def test_choosing_french_is_kept_and_said_to_apply_at_the_next_start(window, dialogs):
    said = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    dialogs.run(language_action(window, "&Français").trigger, read)
    assert said == ["Relations will use this language the next time it starts."]
    assert chosen_language(window.ctx.paths) == "fr"
    assert language_action(window, "&Français").isChecked()


def test_no_choice_or_an_unknown_one_follows_the_system(data_dir):
    paths = DataPaths(data_dir)
    assert chosen_language(paths) == ""  # no settings file yet
    settings = Settings(paths.settings)
    settings.language = "xx"
    settings.sync()
    assert chosen_language(paths) == ""


def start(data_dir, language: str, system: str) -> subprocess.CompletedProcess:
    settings = Settings(DataPaths(data_dir).settings)
    settings.language = language
    settings.sync()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = system
    return subprocess.run(
        [sys.executable, "-m", "relations_app", "--smoke-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_window_starts_in_the_chosen_language(data_dir):
    started = start(data_dir, "fr", "C.UTF-8")  # only the choice makes it French
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("test de fumée réussi\u00a0:")


def test_english_chosen_on_a_french_system(data_dir):
    started = start(data_dir, "en", "fr_FR.UTF-8")
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("smoke test passed:")
