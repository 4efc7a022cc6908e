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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from relations_app.folding import fold
from relations_app.services import text_match

# how much of the text an excerpt shows around its first match, in characters
BEFORE = 40
LENGTH = 160
ELLIPSIS = "…"
STRETCH = 2000  # characters of a long text folded at once (see _first_match)
_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")


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
    return tuple(_matching(text, tuple(words)))


def _matching(text: str, wanted: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    if not wanted:
        return
    for match in text_match.WORD.finditer(text):
        folded = fold(match.group())
        if any(folded.startswith(word) for word in wanted):
            yield match.start(), match.end() - match.start()


def excerpt(field: str, text: str, words: Iterable[str]) -> Excerpt | None:
    """The piece of ``text`` around its first match, on one line; None when
    nothing in it matches."""
    wanted = tuple(words)
    found = _first_match(text, wanted)
    if found is None:
        return None
    line, first, more_before, more_after = _around(text, *found)
    start = _word_start(line, max(0, first - BEFORE), first)
    end = min(len(line), start + LENGTH)
    if end < len(line):
        end = max(_word_end(line, end, more_before), first + found[1])
    piece = line[start:end]
    lead = ELLIPSIS if start > 0 or more_before else ""
    tail = ELLIPSIS if end < len(line) or more_after else ""
    kept = tuple((begin + len(lead), length) for begin, length in matches_in(piece, wanted))
    return Excerpt(field, lead + piece + tail, kept)


def _first_match(text: str, wanted: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, length) of the first word of ``text`` that starts with a word
    wanted. Folding word by word in Python is slow (5 ms for a note of 25,000
    characters, for each result): the text is folded a stretch at a time, at
    C speed, and only a stretch that holds a word wanted is read word by word.
    A word's folded form is part of its stretch's, so none is passed over."""
    at = 0
    while at < len(text):
        space = _SPACE.search(text, at + STRETCH)
        end = space.start() if space else len(text)
        stretch = text[at:end]
        folded = fold(stretch)
        if any(word in folded for word in wanted):
            found = next(_matching(stretch, wanted), None)
            if found is not None:
                return at + found[0], found[1]
        at = end
    return None


def _around(text: str, first: int, length: int) -> tuple[str, int, bool, bool]:
    """The text around a match, on one line, only as far as an excerpt can
    reach (spaces of a whole long note are not collapsed for 200 characters):
    that line, where the match is in it, and whether text was left out
    before it and after it."""
    low = max(0, first - 2 * BEFORE)
    while low > 0 and len(_SPACES.sub(" ", text[low:first])) <= BEFORE + 1:
        low = max(0, 2 * low - first)
    if low > 0:  # from a word's start: the word cut in two is left out
        space = _SPACE.search(text, low, first)
        low = space.end() if space else first
    high = min(len(text), first + length + 2 * LENGTH)
    while high < len(text) and len(_SPACES.sub(" ", text[first:high])) <= LENGTH + length + 1:
        high = min(len(text), 2 * high - first)
    before = _SPACES.sub(" ", text[low:first]).lstrip()
    after = _SPACES.sub(" ", text[first:high]).rstrip()
    more_before = low > 0 and not text[:low].isspace()
    more_after = high < len(text) and not text[high:].isspace()
    return before + after, len(before), more_before, more_after


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


def _word_end(line: str, at: int, more_before: bool = False) -> int:
    """``at``, moved back before a word it cuts in two (unless the word is all
    there is: no space before it in the line, nor text left out before the line)."""
    if line[at] == " ":
        return at
    space = line.rfind(" ", 0, at)
    return max(space, 0) if space > 0 or more_before else at
