# shutil.make_archive is "reported in part": "the root_dir it archives (a
# directory it reads) is not classified". The archive is written to a
# temporary directory (nothing) and holds /etc/passwd, read inside shutil and
# tarfile; the program then reads it back out of its own archive.
import os
import shutil
import tarfile
import tempfile

out = shutil.make_archive(os.path.join(tempfile.mkdtemp(), "backup"), "tar",
                          root_dir="/etc", base_dir="passwd")
with tarfile.open(out) as archive:
    member = archive.getmembers()[0]
    print(archive.extractfile(member).read().decode())
