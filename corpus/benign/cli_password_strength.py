"""Score password strength offline (no storage, no network)."""
import argparse
import math
import string

POOLS = [
    (string.ascii_lowercase, 26),
    (string.ascii_uppercase, 26),
    (string.digits, 10),
    (string.punctuation, 32),
]
COMMON = {"password", "123456", "qwerty", "letmein", "dragon"}


def entropy_bits(pw):
    pool = sum(size for chars, size in POOLS if any(c in chars for c in pw))
    return len(pw) * math.log2(pool) if pool else 0.0


def verdict(pw):
    if pw.lower() in COMMON:
        return "terrible (common password)"
    bits = entropy_bits(pw)
    if bits < 40:
        return f"weak ({bits:.0f} bits)"
    if bits < 70:
        return f"ok ({bits:.0f} bits)"
    return f"strong ({bits:.0f} bits)"


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates", nargs="+")
    for pw in parser.parse_args(argv).candidates:
        print(f"{pw!r:<28} {verdict(pw)}")


if __name__ == "__main__":
    main(["letmein", "Tr0ub4dor&3", "correct horse battery staple", "x"])
