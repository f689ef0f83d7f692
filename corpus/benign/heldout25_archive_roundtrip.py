"""Compress generated report data with zlib, gzip and zipfile and verify it."""
import gzip
import io
import json
import zipfile
import zlib


def make_report(n):
    rows = [{"id": i, "city": ["Oslo", "Bergen", "Tromso"][i % 3],
             "value": round((i * 37 % 101) / 7, 3)} for i in range(n)]
    return json.dumps(rows, separators=(",", ":")).encode("utf-8")


def main():
    raw = make_report(500)
    print("raw bytes:", len(raw))

    for level in (1, 6, 9):
        comp = zlib.compress(raw, level)
        assert zlib.decompress(comp) == raw
        print(f"zlib level {level}: {len(comp)} bytes ({len(comp) / len(raw):.1%})")

    # streaming compressor in chunks
    co = zlib.compressobj(wbits=-15)
    parts = [co.compress(raw[i:i + 4096]) for i in range(0, len(raw), 4096)]
    parts.append(co.flush())
    stream = b"".join(parts)
    assert zlib.decompress(stream, wbits=-15) == raw
    print("raw deflate stream:", len(stream), "adler32:", hex(zlib.adler32(raw)))

    with gzip.GzipFile("t06_report.json.gz", "wb", mtime=0) as gz:  # reproducible header
        gz.write(raw)
    with gzip.open("t06_report.json.gz", "rb") as gz:
        back = json.loads(gz.read())
    print("gzip rows:", len(back), "first:", back[0])

    with zipfile.ZipFile("t06_bundle.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/report.json", raw)
        zf.writestr("README.txt", "Generated report bundle.\n")
        zf.writestr(zipfile.ZipInfo("meta/info.json", date_time=(2024, 1, 1, 0, 0, 0)),
                    json.dumps({"rows": 500}))
    with zipfile.ZipFile("t06_bundle.zip") as zf:
        bad = zf.testzip()
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            print(f"  {info.filename:<18} {info.file_size:6d} -> {info.compress_size:6d}")
        print("zip ok:", bad is None, "meta:", json.loads(zf.read("meta/info.json")))

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr("note.txt", "in memory only")
    print("in-memory zip size > 0:", buf.getbuffer().nbytes > 0)


if __name__ == "__main__":
    main()
