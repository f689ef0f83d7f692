"""Checksums and tokens: hashlib, hmac, secrets, uuid."""
import hashlib
import hmac
import secrets
import uuid

data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.sha256(data).hexdigest())
print(hashlib.md5(data, usedforsecurity=False).hexdigest())
h = hashlib.blake2b(digest_size=16)
for chunk in (data[:10], data[10:]):
    h.update(chunk)
print(h.hexdigest())

key = b"server-side-key"
tag = hmac.new(key, data, hashlib.sha256).hexdigest()
print(hmac.compare_digest(tag, hmac.new(key, data, "sha256").hexdigest()))
print(len(secrets.token_hex(16)), uuid.uuid5(uuid.NAMESPACE_DNS, "example.org"))
