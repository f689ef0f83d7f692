"""Parametrized pytest cases for a roman-numeral converter."""
import pytest


def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, sym in table:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


@pytest.mark.parametrize("n,expected", [(1, "I"), (4, "IV"), (9, "IX"), (1994, "MCMXCIV"), (2024, "MMXXIV")])
def test_to_roman(n, expected):
    assert to_roman(n) == expected
