"""Search a large file with mmap instead of reading it all into memory."""
import mmap
import tempfile

with tempfile.NamedTemporaryFile("w+b") as tmp:
    tmp.write(b"header\n" + b"x" * 100_000 + b"\nNEEDLE here\n")
    tmp.flush()
    with mmap.mmap(tmp.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        pos = mm.find(b"NEEDLE")
        print("found at", pos, mm[pos:pos + 11])
