"""The app's own English words, to look for where French is expected."""

from __future__ import annotations

import pytest

from tests.i18n.catalogue import CATALOGUES, read_catalogue


def without_marks(text: str) -> str:
    return text.replace("&", "").replace("\u00a0", " ").replace("…", "").strip()


@pytest.fixture(scope="session")
def english_words() -> set[str]:
    """The app's own English texts that French says otherwise ("People", "Edit
    person…"): none of them may show once French is chosen."""
    return {
        without_marks(m.source)
        for m in read_catalogue(CATALOGUES / "relations_fr.ts")
        if without_marks(m.translations[-1]) != without_marks(m.source)
    }
