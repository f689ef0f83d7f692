"""Lesson: generate passwords and tokens with the secrets module."""
import secrets
import string

alphabet = string.ascii_letters + string.digits + "!@#%^*-_"


def password(length=16):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw):
            return pw


print(password(), secrets.token_urlsafe(24), secrets.token_hex(8))
