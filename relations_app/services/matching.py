"""What someone looks for against what someone can offer, explainably, in French and English.

Two short texts match on the significant words they share once case, accents
and common words are set aside, with light stemming so that "céramique" meets
"céramiste", "ceramics" meets "céramique" and "mentor" meets "mentoring". Every
match carries the words that matched, so the page can say why it suggests it.

Deliberately small and predictable: suffixes are cut, never guessed; a word so
common that it says little ("contacts", "advice") only counts beside another.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from relations_app.folding import fold

# Words that carry no meaning in a need or an offer, already folded (no accents).
STOP_WORDS = frozenset(
    """
    a an the of in on at for to from and or with without my your his her their our its
    some any someone somebody something who whom which that this these those is are be
    been being get getting find finding need needs needing looking look want wants would
    like about into by as me him them us it i we you they new good great more less very
    just also other others one ones thing things way how what when where why all
    un une des de du d la le les l en au aux pour par avec sans et ou dans sur sous chez
    qui que quoi dont mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce
    cet cette ces quelqu quelque quelques quelquun je tu il elle on nous vous ils elles
    te se lui y est sont etre avoir trouver trouve cherche chercher besoin bon bonne
    know knows connais connait
    small big large little best first last next own petit petite petits petites grand
    grande grands grandes premier premiere meilleur meilleure
    nouveau nouvelle plus moins tres aussi autre autres comme faire
    """.split()
)
# Stems that say little alone: a match needs at least one other word.
WEAK_STEMS = frozenset(
    """contact introduction intro advice conseil network reseau relation help aide
    idea idee tip someone person personne people""".split()
)
# Longest first: the first that fits is cut, leaving at least MIN_STEM letters.
SUFFIXES = tuple(
    sorted(
        """ements ement ments ment ations ation ateurs ateur atrices atrice euses euse eurs
        eur iques ique ical ics ic istes iste ismes isme ism ites ite ities ity ings ing
        ers er ies ied ed ly ness ful y""".split(),
        key=len,
        reverse=True,
    )
)
MIN_STEM = 4
# A word in more than this share of the offers (and more than the floor) says
# little about who fits: like a weak word, it only counts beside another.
COMMON_SHARE, COMMON_FLOOR = 0.05, 50
_WORD = re.compile(r"\w+")
_ELISION = re.compile(r"\b(?:qu|[cdjlmnst])['’]", re.IGNORECASE)


@lru_cache(maxsize=65536)  # a journal's vocabulary repeats: each word is cut once
def stem(word: str) -> str:
    """A folded word cut to its stem: "ceramiques" -> "ceram", "mentoring" -> "mentor"."""
    if len(word) >= MIN_STEM and word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
            break
    if len(word) > MIN_STEM and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=16384)  # the page asks again for the same needs and offers on every build
def terms(text: str) -> dict[str, str]:
    """The significant words of a text: stem -> the word as written (first seen).
    Shared between callers (cached): read it, never change it."""
    found: dict[str, str] = {}
    for match in _WORD.finditer(_ELISION.sub(" ", text)):
        written = match.group()
        folded = _fold_word(written)
        if len(folded) < 2 or folded.isdigit() or folded in STOP_WORDS:
            continue
        found.setdefault(stem(folded), written)
    return found


@dataclass(frozen=True, slots=True)
class Match:
    """A need and an offer that share words, and which words they share."""

    need: str
    offer: str
    need_words: tuple[str, ...]  # as written in the need
    offer_words: tuple[str, ...]  # as written in the offer, in the same order

    @property
    def strength(self) -> int:
        return len(self.need_words)

    def words(self) -> str:
        """'céramique ~ céramiste, Lyon': what matched, each pair said once."""
        shown = []
        for need_word, offer_word in zip(self.need_words, self.offer_words, strict=True):
            same = fold(need_word) == fold(offer_word)
            shown.append(need_word if same else f"{need_word} ~ {offer_word}")
        return ", ".join(shown)


def _match(need: str, need_terms: dict[str, str], offer: str, offer_terms: dict[str, str]):
    common = [s for s in need_terms if s in offer_terms]
    if not common or all(s in WEAK_STEMS for s in common):
        return None
    return Match(
        need=need,
        offer=offer,
        need_words=tuple(need_terms[s] for s in common),
        offer_words=tuple(offer_terms[s] for s in common),
    )


def match(need: str, offer: str) -> Match | None:
    """The words a need and an offer share, or None when they share none that counts."""
    return _match(need, terms(need), offer, terms(offer))


@dataclass(frozen=True, slots=True)
class Candidate:
    owner: Hashable
    offer: str
    strength: int  # words shared with the need
    position: int


class OfferIndex:
    """Many offers, each with an owner, found by the stems of a need: one lookup
    per word of the need instead of a comparison with every offer."""

    def __init__(self, offers: Iterable[tuple[Hashable, str]]) -> None:
        self._offers: list[tuple[Hashable, str, dict[str, str]]] = []
        self._by_stem: dict[str, list[int]] = defaultdict(list)
        for owner, text in offers:
            found = terms(text)
            if not found:
                continue
            position = len(self._offers)
            self._offers.append((owner, text, found))
            for word_stem in found:
                self._by_stem[word_stem].append(position)
        self._common_from = max(COMMON_FLOOR, int(len(self._offers) * COMMON_SHARE))

    def matches(self, need: str, best: int | None = None) -> list[tuple[Hashable, Match]]:
        """The offers that match a need, strongest first, each owner once (their best
        offer); ``best`` keeps only that many."""
        found = []
        for candidate in self.candidates(need, best):
            _, text, offer_terms = self._offers[candidate.position]
            found.append((candidate.owner, _match(need, terms(need), text, offer_terms)))
        return found

    def candidates(self, need: str, best: int | None = None) -> list[Candidate]:
        """As matches(), without building the explanations: for ranking many needs,
        then explaining (``match(need, candidate.offer)``) only the few kept."""
        shared = self._shared_counts(terms(need))
        # Most words shared first, ties in the order the offers were indexed;
        # each owner once, with their best offer. A need has a handful of
        # words, so the offers are put in one bucket per count (a sort of
        # thousands of offers by count costs more at 10,000 people).
        buckets: dict[int, list[int]] = defaultdict(list)
        for position, count in shared.items():
            buckets[count].append(position)
        found: list[Candidate] = []
        owners: set[Hashable] = set()
        for count in sorted(buckets, reverse=True):
            for position in buckets[count]:
                owner, text, _ = self._offers[position]
                if owner not in owners:
                    owners.add(owner)
                    found.append(Candidate(owner, text, count, position))
                    if len(found) == best:
                        return found
        return found

    def _shared_counts(self, need_terms: dict[str, str]) -> dict[int, int]:
        """Offer -> how many of the need's words it shares. Only a telling word
        makes an offer a candidate; weak words, and words in so many offers
        that they say little here, add to the candidates found."""
        counts: Counter[int] = Counter()
        others = []
        for word_stem in need_terms:
            postings = self._by_stem.get(word_stem, ())
            if word_stem in WEAK_STEMS or len(postings) > self._common_from:
                others.append(word_stem)
            else:
                counts.update(postings)  # counted in C: the hot loop of a large journal
        if others:
            for position in counts:
                offer_terms = self._offers[position][2]
                counts[position] += sum(1 for word_stem in others if word_stem in offer_terms)
        return counts
