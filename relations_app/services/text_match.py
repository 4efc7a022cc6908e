"""What the user types, as SQLite FTS5 queries.

The indexes (storage/migrations.py, SEARCH_INDEX) cut text into words of
letters and digits, without accents or case. Typed text is cut the same way
and each word becomes a quoted prefix: "cafe"* finds "Café" and "cafés".
Nothing typed is ever read as FTS5 syntax: quotes, stars, NEAR, AND, OR,
parentheses and column names ("notes:") are plain words or separators, so no
input can make a query fail or search where it was not meant to.
"""

from __future__ import annotations

import re
import unicodedata

# a run of letters and digits: what the unicode61 tokenizer keeps as one word,
# with the accents written as separate marks ("e" + U+0301), which it keeps in
# the word (and ignores) where Python's \w would end the word
WORD = re.compile(r"(?:[^\W_][\u0300-\u036f]*)+")
# Each word is one more condition of the query, and SQLite refuses one nested
# deeper than 1,000: a page pasted into a search box is searched on its first
# words (all of them required, so these few already find the page).
MAX_WORDS = 32


def words(text: str) -> list[str]:
    """The words of ``text`` as the index has them cut ("l'été 2024" -> l, été, 2024),
    each once, at most MAX_WORDS of them."""
    found = dict.fromkeys(WORD.findall(unicodedata.normalize("NFC", text)))
    return list(found)[:MAX_WORDS]


def prefix(word: str) -> str:
    """One word as an FTS5 prefix query. ``word`` holds only letters and
    digits (see words()), so no quote can close the string early."""
    return f'"{word}"*'


def all_of(text: str) -> str | None:
    """Every word typed, each as a prefix, all required; None when nothing
    searchable was typed (only spaces or punctuation)."""
    found = words(text)
    return " AND ".join(prefix(word) for word in found) if found else None
