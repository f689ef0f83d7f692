"""Encoding lesson: base64, hex and rot13 on ordinary text."""
import base64
import binascii
import codecs

message = "Meet at the library at noon"

b64 = base64.b64encode(message.encode()).decode()
print("base64:", b64)
print("decoded:", base64.b64decode(b64).decode())

urlsafe = base64.urlsafe_b64encode(b"\xfb\xff binary").decode()
print("url-safe:", urlsafe)

hexed = message.encode().hex()
print("hex:", hexed[:24], "...")
print("from hex:", bytes.fromhex(hexed).decode())
print("crc32:", binascii.crc32(message.encode()))

secret = codecs.encode(message, "rot13")
print("rot13:", secret)
print("rot13 twice:", codecs.decode(secret, "rot13"))
print("chr/ord:", "".join(chr(ord(c) + 1) for c in "HAL"))
