"""Generate identifiers and tokens for a web app's test fixtures."""
import hashlib
import hmac
import secrets
import uuid

print("uuid4:", uuid.uuid4())
print("uuid5 for a name:", uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/items/1"))

token = secrets.token_urlsafe(16)
print("session token length:", len(token))
print("hex token:", secrets.token_hex(8))

alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
codes = ["".join(secrets.choice(alphabet) for _ in range(8)) for _ in range(3)]
print("invite codes:", codes)

key = b"fixture-key"
body = b'{"event": "signup", "user": 17}'
sig = hmac.new(key, body, hashlib.sha256).hexdigest()
print("signature:", sig[:16], "...")
print("verified:", hmac.compare_digest(sig, hmac.new(key, body, hashlib.sha256).hexdigest()))
salt = secrets.token_bytes(16)
derived = hashlib.pbkdf2_hmac("sha256", b"correct horse", salt, 10_000)
print("derived key bytes:", len(derived))
