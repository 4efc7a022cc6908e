"""Translation for code that is not a QObject (services, printing, the command line).

Call it as ``translate("Context", "Text")``: pyside6-lupdate finds these calls.
It needs no QApplication: without one, or without a translation, the source
text comes back unchanged.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def plural(count: int, one: str, many: str) -> str:
    """Pick the singular or the plural, both already translated.

    Write ``plural(n, self.tr("1 person"), self.tr("%n people", "", n))`` so
    English reads well without a translation file and translators still get
    Qt's numerus forms for the plural.
    """
    return one if count == 1 else many
