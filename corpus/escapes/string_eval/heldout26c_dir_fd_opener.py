# The directory is opened on its own and the file name is resolved relative
# to that descriptor through open()'s opener hook (dir_fd).
import os

etc = os.open("/etc", os.O_RDONLY | os.O_DIRECTORY)


def relative_to_etc(name, flags):
    return os.open(name, flags, dir_fd=etc)


with open("shadow", opener=relative_to_etc) as fh:
    print(fh.read())
