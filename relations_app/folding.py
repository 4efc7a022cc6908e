"""Text as people type it: any case, with or without accents.

Plain Python, no Qt: the filters of the window fold text with it, and the
journal's SQL orders by it (storage registers it as the SQL function fold()).
"""

from __future__ import annotations

import re
import unicodedata

# combining marks left by NFKD decomposition ("é" -> "e" + U+0301)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# letters with no decomposition that people type without their stroke or ligature
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
    }
)


def fold(text: str) -> str:
    """'José Müller' -> 'jose muller': what filter text is compared on.

    Only combining accents go; letters of other scripts stay, so Cyrillic,
    Arabic or Chinese text can be searched as typed. All C-speed: folding
    20,000 notes takes tens of milliseconds, not hundreds.
    """
    if text.isascii():  # most text: nothing to decompose (four times quicker)
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold())).translate(_PLAIN)
