"""Run-length encoding with itertools.groupby."""
from itertools import groupby
import re


def encode(text):
    return "".join(f"{len(list(group))}{ch}" for ch, group in groupby(text))


def decode(encoded):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", encoded))


for sample in ("aaabccdddd", "abc", "zzzzzzzzzzzz"):
    packed = encode(sample)
    assert decode(packed) == sample
    print(sample, "->", packed)
