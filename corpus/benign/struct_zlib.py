"""Binary records with struct, compressed with zlib, checked with array."""
import array
import struct
import zlib

RECORD = struct.Struct("<I16sf")
rows = [(1, b"sensor-a", 21.5), (2, b"sensor-b", 19.25)]
blob = b"".join(RECORD.pack(*r) for r in rows)
packed = zlib.compress(blob * 20, level=9)
print(len(blob) * 20, "->", len(packed))

restored = zlib.decompress(packed)[: len(blob)]
for offset in range(0, len(restored), RECORD.size):
    ident, name, value = RECORD.unpack_from(restored, offset)
    print(ident, name.rstrip(b"\0").decode(), value)

nums = array.array("h", [1, -2, 3])
print(nums.tobytes().hex(), struct.calcsize("<I16sf"))
