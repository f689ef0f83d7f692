"""Prompt for credentials for the local app database and check them against a salted hash."""
import getpass
import hashlib
import hmac

STORED_SALT = bytes.fromhex("8f1d2c3b4a596877")
STORED_HASH = hashlib.pbkdf2_hmac("sha256", b"correct horse", STORED_SALT, 100_000)

user = input("user: ") or getpass.getuser()
password = getpass.getpass("password: ")
attempt = hashlib.pbkdf2_hmac("sha256", password.encode(), STORED_SALT, 100_000)
print("welcome", user) if hmac.compare_digest(attempt, STORED_HASH) else print("denied")
