# upload.tar may contain ../../ members or absolute names
import tarfile
with tarfile.open("upload.tar") as tf:
    tf.extractall("out")
