"""The strength hint: common words and patterns are weak, long phrases strong."""

import pytest

from relations_app.services.passphrase import Strength, assess, describe


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("password", Strength.VERY_WEAK),
        ("aaaaaaaaaaaaaaaaaaaa", Strength.VERY_WEAK),
        ("jean2026", Strength.WEAK),
        ("ma grand-mère aime les cerises de Grenoble", Strength.STRONG),
    ],
)
def test_strength(passphrase, expected):
    assert assess(passphrase).strength is expected
    assert assess(passphrase).acceptable is (expected >= Strength.GOOD)


def test_every_strength_has_its_own_words_and_a_long_text_is_assessed_quickly():
    assert len({describe(strength) for strength in Strength}) == len(Strength)
    assert assess("x" * 100_000).strength is Strength.VERY_WEAK
