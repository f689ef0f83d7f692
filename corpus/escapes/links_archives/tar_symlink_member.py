# archive member that is a symlink to an absolute path
import tarfile
ti = tarfile.TarInfo("data")
ti.type = tarfile.SYMTYPE
ti.linkname = "/etc"
with tarfile.open("x.tar", "w") as tf:
    tf.addfile(ti)
tarfile.open("x.tar").extractall()
print(open("data/passwd").read())
