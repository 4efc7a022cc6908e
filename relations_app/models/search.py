"""Matching filter text the way people type it: any case, with or without accents."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'José Müller' -> 'jose muller': what filter text is compared on."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def needles(text: str) -> tuple[str, ...]:
    """Every word must match somewhere: 'ana lisbon' finds Ana who lives in Lisbon."""
    return tuple(fold(text).split())


def matches(haystack: str, words: tuple[str, ...]) -> bool:
    return all(word in haystack for word in words)
