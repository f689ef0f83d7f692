"""Convert integers to and from Roman numerals."""
import argparse

PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range")
    out = []
    for value, letters in PAIRS:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("values", nargs="+")
    for token in ap.parse_args(["1994", "MMXXIV", "4", "XLII"]).values:
        if token.isdigit():
            print(token, "->", to_roman(int(token)))
        else:
            print(token, "->", from_roman(token.upper()))
