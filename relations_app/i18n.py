"""The user's language: which catalogues are loaded, and translation for code
that is not a QObject (services, printing, the command line).

Call ``translate("Context", "Text")`` written out: pyside6-lupdate finds these
calls. Counts go through relations_app/counted.py (lupdate gives translate()
no numerus forms for a count held in a variable).

The catalogues are loaded once, at start, for the language the system asks for
(LANG, LC_ALL, LC_MESSAGES on Linux) or the one chosen in View ▸ Language. They
are used before any QCoreApplication exists: the command line's --help and its
argument errors are written while the arguments are read, before it knows
whether a window will open. Once an application exists they are installed in
it, and Qt's own lookup takes over (self.tr, Qt's buttons and dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The languages Relations speaks, beside English (its source language).
LANGUAGES = ("en", "fr")

_loaded: list[QTranslator] = []


def load(language: str = "") -> QLocale:
    """Load the catalogues of ``language`` ("fr", "en"), or of the system's
    language when empty; the QLocale also formats dates and numbers from then on.
    """
    from relations_app.resources import load_translator  # resources needs QtGui

    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    _loaded.clear()
    qt = QTranslator()
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _loaded.append(qt)
    ours = load_translator(locale)
    if ours is not None:
        _loaded.append(ours)
    return locale


def install(app: QCoreApplication) -> None:
    """Hand the loaded catalogues to ``app`` (once; a second call does nothing)."""
    for translator in _loaded:
        if translator.parent() is not app:
            translator.setParent(app)
            app.installTranslator(translator)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    # %Ln is the count as the language writes it, as Qt's own lookup has it
    for translator in reversed(_loaded):  # the last loaded wins, as Qt's own lookup does
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%Ln", number(n)) if n >= 0 else found
    return text.replace("%Ln", number(n)) if n >= 0 else text


def labelled(where: object, what: str) -> str:
    """'<where>: <what>' (a file and its problem, a field and its value), with
    the punctuation of the user's language ("{0} : {1}" in French)."""
    return translate("Labels", "{0}: {1}").format(where, what)


def quoted(text: str) -> str:
    """“text” in English, « text » in French: the user's own words, quoted."""
    return translate("Labels", "“{0}”").format(text)


def number(value: int) -> str:
    """A whole number as the user's language writes it: 12,345 or 12 345.

    The C locale (LANG=C: no language chosen) writes no separator at all, hard
    to read for 10000000; it gets English, the language of the source text.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.toString(value)


def plural(count: int, one: str, many: str) -> str:
    """Pick the singular or the plural, both already translated.

    Write ``plural(n, self.tr("1 person"), self.tr("%Ln people", "", n))`` so
    English reads well without a translation file and translators still get
    Qt's numerus forms for the plural.
    """
    return one if count == 1 else many
