# expect: files; reopens every file descriptor of the parent process through /proc/<ppid>/fd/<n>
import os

fd_dir = "/proc/{}/fd".format(os.getppid())
for name in sorted(os.listdir(fd_dir), key=int):
    link = os.path.join(fd_dir, name)
    try:
        target = os.readlink(link)
    except OSError:
        continue
    if not target.startswith("/"):
        continue
    try:
        with open(link, "rb") as handle:
            print(name, target, handle.read(512))
    except OSError:
        pass
