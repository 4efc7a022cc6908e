"""Where a search found its words: a short piece of the text, and the words in it.

Plain text in, plain text out: the excerpt is a slice of what the user wrote
and the matches are (start, length) pairs in it, which the window paints in
bold. Nothing is ever turned into markup, so a "<b>" typed in a note stays
four characters.

A word matches as the full-text index matches it (storage/migrations.py):
any word of the text that starts with a word typed, ignoring case and accents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from relations_app.folding import fold
from relations_app.services import text_match

# how much of the text an excerpt shows around its first match, in characters
BEFORE = 40
LENGTH = 160
ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Excerpt:
    """A piece of one field, on one line, with the matched words in it."""

    field: str  # which field: "notes", "learned", "organisation"…
    text: str
    matches: tuple[tuple[int, int], ...] = ()  # (start, length) in text


def typed_words(text: str) -> tuple[str, ...]:
    """The words typed, folded, as the index cuts them."""
    return tuple(fold(word) for word in text_match.words(text))


def matches_in(text: str, words: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """(start, length) of each word of ``text`` that starts with one of ``words``."""
    wanted = tuple(words)
    if not wanted:
        return ()
    found = []
    for match in text_match.WORD.finditer(text):
        folded = fold(match.group())
        if any(folded.startswith(word) for word in wanted):
            found.append((match.start(), match.end() - match.start()))
    return tuple(found)


def excerpt(field: str, text: str, words: Iterable[str]) -> Excerpt | None:
    """The piece of ``text`` around its first match, on one line; None when
    nothing in it matches."""
    line = _SPACES.sub(" ", text).strip()
    found = matches_in(line, words)
    if not found:
        return None
    first, first_length = found[0]
    start = _word_start(line, max(0, first - BEFORE), first)
    end = min(len(line), start + LENGTH)
    if end < len(line):
        end = max(_word_end(line, end), first + first_length)
    piece = line[start:end]
    lead = ELLIPSIS if start > 0 else ""
    shift = len(lead) - start
    kept = tuple(
        (begin + shift, length)
        for begin, length in found
        if begin >= start and begin + length <= end
    )
    return Excerpt(field, lead + piece + (ELLIPSIS if end < len(line) else ""), kept)


def first_excerpt(fields: Iterable[tuple[str, str]], words: Iterable[str]) -> Excerpt | None:
    """The excerpt of the first of (field, text) that holds a match."""
    wanted = tuple(words)
    for field, text in fields:
        found = excerpt(field, text, wanted)
        if found is not None:
            return found
    return None


def _word_start(line: str, at: int, limit: int) -> int:
    """``at``, moved forward past a word it cuts in two, never past ``limit``."""
    if at == 0 or line[at - 1] == " ":
        return at
    space = line.find(" ", at, limit)
    return space + 1 if space != -1 else limit


def _word_end(line: str, at: int) -> int:
    """``at``, moved back before a word it cuts in two (unless the word is all there is)."""
    if line[at] == " ":
        return at
    space = line.rfind(" ", 0, at)
    return space if space > 0 else at
