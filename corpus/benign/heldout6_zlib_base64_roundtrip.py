# ordinary: compresses the program's own generated CSV data with zlib, stores it base64-encoded in a temp file and verifies the round trip with a CRC
import base64
import pathlib
import tempfile
import zlib

rows = ["id,value"] + [f"{i},{i * i % 97}" for i in range(500)]
raw = "\n".join(rows).encode()
packed = zlib.compress(raw, 9)
encoded = base64.b64encode(packed)

with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "data.b64"
    path.write_bytes(encoded)
    restored = zlib.decompress(base64.b64decode(path.read_bytes()))

print("raw bytes:", len(raw), "compressed:", len(packed), "base64:", len(encoded))
print("crc match:", zlib.crc32(raw) == zlib.crc32(restored))
print("first rows:", restored.decode().splitlines()[:3])
