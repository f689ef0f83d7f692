"""Caesar and Vigenere ciphers: chr()/ord() arithmetic on ordinary text."""


def shift_char(ch, k):
    if ch.isalpha():
        base = ord("a") if ch.islower() else ord("A")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch


def caesar(text, k):
    return "".join(shift_char(ch, k) for ch in text)


def vigenere(text, key):
    shifts = [ord(k) - ord("a") for k in key.lower()]
    return "".join(shift_char(ch, shifts[i % len(shifts)]) for i, ch in enumerate(text))


secret = caesar("Hello, World", 3)
print(secret, caesar(secret, -3))
print(vigenere("attack at dawn", "lemon"))
print("".join(map(chr, [72, 105, 33])))
