"""Compress and decompress text with gzip, bz2 and lzma; compare sizes."""
import bz2
import gzip
import lzma

text = ("The quick brown fox jumps over the lazy dog. " * 200).encode()

results = {}
for name, module in (("gzip", gzip), ("bz2", bz2), ("lzma", lzma)):
    packed = module.compress(text)
    assert module.decompress(packed) == text
    results[name] = len(packed)

print(f"original: {len(text)} bytes")
for name, size in sorted(results.items(), key=lambda kv: kv[1]):
    ratio = size / len(text)
    print(f"{name:<5} {size:>6} bytes  ({ratio:.1%})")

buf = gzip.compress(b"line one\nline two\n", compresslevel=9)
print(gzip.decompress(buf).decode().splitlines())
