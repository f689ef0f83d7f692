# ordinary: a course exercise implementing Caesar and keyword substitution ciphers with str.maketrans/str.translate, plus vowel stripping
import string

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase


def caesar(text, shift):
    k = shift % 26
    table = str.maketrans(LOWER + UPPER, LOWER[k:] + LOWER[:k] + UPPER[k:] + UPPER[:k])
    return text.translate(table)


def keyword_alphabet(keyword):
    seen = dict.fromkeys(keyword.lower() + LOWER)
    return "".join(seen)


def substitute(text, keyword, decode=False):
    key = keyword_alphabet(keyword)
    src, dst = (key, LOWER) if decode else (LOWER, key)
    return text.lower().translate(str.maketrans(src, dst))


msg = "Meet me after the lecture"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
sub = substitute(msg, "zebra")
print(sub, "|", substitute(sub, "zebra", decode=True))
print(msg.translate(str.maketrans("", "", "aeiouAEIOU")))
