"""What an operation changed: kinds and ids, for views to refresh exactly that."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """The records whose rows (or what a view shows of them) may differ now.

    A view looks only at the kinds it shows and re-reads those ids: an id that
    is no longer in the journal was deleted, one it did not show was added.
    ``everything`` means the journal as a whole was replaced (a restore).
    """

    people: frozenset[int] = frozenset()
    conversations: frozenset[int] = frozenset()
    values: frozenset[int] = frozenset()
    shared_values: frozenset[int] = frozenset()
    help: frozenset[int] = frozenset()
    offers: frozenset[int] = frozenset()  # what I can offer
    everything: bool = False

    @classmethod
    def of(cls, **ids: Iterable[int]) -> Changes:
        return cls(**{kind: frozenset(values) for kind, values in ids.items()})

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        merged = {
            f.name: getattr(self, f.name) | getattr(other, f.name) for f in dataclasses.fields(self)
        }
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))
