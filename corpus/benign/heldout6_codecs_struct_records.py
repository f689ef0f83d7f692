# ordinary: writes fixed-width binary records with struct and text with an explicitly looked-up codec into a temp directory, then reads both back
import codecs
import pathlib
import struct
import tempfile

RECORD = struct.Struct("<I10sf")
rows = [(1, "Ana", 91.5), (2, "Bo", 78.25), (3, "Zoë", 88.0)]
codec = codecs.lookup("utf-8")

with tempfile.TemporaryDirectory() as tmp:
    binfile = pathlib.Path(tmp) / "grades.bin"
    with open(binfile, "wb") as fh:
        for rid, name, mark in rows:
            fh.write(RECORD.pack(rid, codec.encode(name)[0], mark))
    data = binfile.read_bytes()
    txtfile = pathlib.Path(tmp) / "names.txt"
    with codecs.open(txtfile, "w", encoding="utf-8") as fh:
        fh.write("\n".join(r[1] for r in rows))
    names_back = txtfile.read_text(encoding="utf-8").splitlines()

print("codec:", codec.name, "record size:", RECORD.size, "file size:", len(data))
for rid, raw, mark in RECORD.iter_unpack(data):
    print(rid, raw.rstrip(b"\0").decode("utf-8"), round(mark, 2))
print("names:", names_back)
