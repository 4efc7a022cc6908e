"""How hard a passphrase is to guess, in words: the hint beside the passphrase
field and the warning of `relations encrypt`.

zxcvbn (Dropbox's estimator, also behind KeePassXC's meter) counts the guesses
an attacker who knows common words, names, dates and keyboard patterns would
need. Each guess at our journal costs one PBKDF2-HMAC-SHA512 derivation of
256,000 rounds (0.13 s on this machine's core), so "1e4 guesses a second" (a
few GPUs) is the attack zxcvbn's slow-hashing figure describes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from relations_app.i18n import translate

MAX_ASSESSED = 72  # zxcvbn refuses longer; the first 72 characters tell enough


class Strength(IntEnum):
    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    guesses_log10: float

    @property
    def acceptable(self) -> bool:
        """Good enough not to be warned about (KeePassXC asks again below this)."""
        return self.strength >= Strength.GOOD

    def describe(self) -> str:
        return describe(self.strength)


def assess(passphrase: str) -> Assessment:
    from zxcvbn import zxcvbn  # 22 ms of word lists: only when a passphrase is chosen

    result = zxcvbn(passphrase[:MAX_ASSESSED])
    return Assessment(Strength(int(result["score"])), float(result["guesses_log10"]))


def describe(strength: Strength) -> str:
    """One short sentence for the hint under the passphrase field."""
    if strength is Strength.VERY_WEAK:
        return translate("Passphrase", "Very weak: among the first guesses anyone tries.")
    if strength is Strength.WEAK:
        return translate("Passphrase", "Weak: easy to guess. Add a few words.")
    if strength is Strength.FAIR:
        return translate("Passphrase", "Fair: a determined attacker could guess it. Add a word.")
    if strength is Strength.GOOD:
        return translate("Passphrase", "Good: hard to guess.")
    return translate("Passphrase", "Strong: very hard to guess.")
