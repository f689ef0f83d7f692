"""Pack and unpack fixed-size binary records with struct."""
import struct
import tempfile

RECORD = struct.Struct("<I16sfH")  # id, name, score, flags


def pack(ident, name, score, flags=0):
    return RECORD.pack(ident, name.encode()[:16].ljust(16, b"\0"), score, flags)


def unpack(buf):
    ident, raw_name, score, flags = RECORD.unpack(buf)
    return ident, raw_name.rstrip(b"\0").decode(), round(score, 2), flags


players = [(1, "nova", 97.5, 1), (2, "quill", 88.25, 0), (3, "ember", 91.0, 3)]
with tempfile.TemporaryFile() as fh:
    for p in players:
        fh.write(pack(*p))
    fh.seek(0)
    print("record size:", RECORD.size, "bytes")
    while chunk := fh.read(RECORD.size):
        print(unpack(chunk))

header = struct.pack(">4sHH", b"DATA", 1, len(players))
print(header.hex(), struct.unpack(">4sHH", header))
