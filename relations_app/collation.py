"""Names in the order of the user's alphabet (QCollator), not of code points.

With code points "Écuyer" comes after "Zoé"; a collator puts it with the E's,
in French as in English. The C locale (no language chosen) collates by code
point, so it gets English, the source language, as i18n.number does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

T = TypeVar("T")


@cache
def _collator(locale_name: str) -> QCollator:
    locale = QLocale(locale_name)
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Sam 2" before "Sam 10"
    return collator


def collator() -> QCollator:
    return _collator(QLocale().name())


def name_key(name: str) -> QCollatorSortKey:
    """A sort key for ``name`` (keys compare with <, in tuples too)."""
    return collator().sortKey(name)


def by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    keys = collator()
    return sorted(items, key=lambda item: keys.sortKey(name(item)))


def comes_before(first: str, second: str) -> bool:
    return collator().compare(first, second) < 0
