"""Matching filter text the way people type it: any case, with or without accents."""

from __future__ import annotations

from relations_app.folding import fold


def needles(text: str) -> tuple[str, ...]:
    """Every word must match somewhere: 'ana lisbon' finds Ana who lives in Lisbon."""
    return tuple(fold(text).split())


def matches(haystack: str, words: tuple[str, ...]) -> bool:
    return all(word in haystack for word in words)
