"""Decoding ordinary data: base64, hex, rot13 and bytes.fromhex of harmless
text (the decoded values are not attribute names)."""
import base64
import binascii
import codecs

greeting = base64.b64decode(b"aGVsbG8gd29ybGQ=").decode()
print(greeting, base64.b64encode(greeting.encode()).decode())
print(base64.urlsafe_b64encode(b"\xfb\xff").decode())

print(bytes.fromhex("48 65 6c 6c 6f").decode(), bytes.fromhex("deadbeef").hex())
print(codecs.decode("Uryyb, jbeyq", "rot13"), codecs.encode("spoiler", "rot13"))
print(binascii.crc32(b"payload"), "caf\u00e9".encode("utf-8"))
print("hello world".translate(str.maketrans("lo", "01")))
