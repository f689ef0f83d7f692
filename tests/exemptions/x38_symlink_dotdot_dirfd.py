# Relative paths, temporary directories and links to relative targets are
# documented as no finding, and the record judges paths as written (a link is
# not followed). A link in a fresh temporary directory with the target "../.."
# is the root directory; /etc is opened through it as a temporary path, and the
# host file relative to that directory descriptor.
import os
import tempfile

base = tempfile.mkdtemp()             # /tmp/tmpXXXX
root = os.path.join(base, "root")
os.symlink("../..", root)             # /tmp/tmpXXXX/root -> /
etc_fd = os.open(os.path.join(root, "etc"), os.O_RDONLY)
fd = os.open("passwd", os.O_RDONLY, dir_fd=etc_fd)
with os.fdopen(fd) as fh:
    print(fh.read())
os.close(etc_fd)
