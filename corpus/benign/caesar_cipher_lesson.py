"""Caesar and Vigenere ciphers for a classroom exercise."""
import string

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase


def caesar(text, shift):
    table = str.maketrans(LOWER + UPPER,
                          LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[i % len(key)].lower()) - ord("a")
            k = -k if decrypt else k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def crack(ciphertext):
    common = set("etaoin")
    return max(range(26), key=lambda s: sum(c in common for c in caesar(ciphertext, -s % 26).lower()))


msg = "Attack at dawn, hold the bridge"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, 23))
v = vigenere(msg, "lemon")
print(v, "|", vigenere(v, "lemon", decrypt=True))
print("guessed shift:", crack(enc))
