"""Run-length encoding and a string compression kata."""
from itertools import groupby
import re


def rle_encode(text):
    return "".join(f"{len(list(group))}{char}" for char, group in groupby(text))


def rle_decode(encoded):
    return "".join(char * int(count) for count, char in re.findall(r"(\d+)(\D)", encoded))


def compress(text):
    encoded = "".join(f"{c}{n if n > 1 else ''}"
                      for c, n in ((c, len(list(g))) for c, g in groupby(text)))
    return encoded if len(encoded) < len(text) else text


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abc", "aabcccccaaa", ""]
for s in samples:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    print(f"{s[:20]!r:<24} rle={enc[:30]!r:<34} compact={compress(s)[:20]!r}")
