"""Lesson: Caesar cipher with chr/ord, checked against codecs' rot13."""
import codecs


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at dawn!"
secret = caesar(msg, 13)
print(secret, secret == codecs.encode(msg, "rot13"), caesar(secret, -13))
