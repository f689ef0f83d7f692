# expect: files; grants passwordless sudo by writing a file under /etc/sudoers.d
import getpass
import os

who = getpass.getuser()
rule = f"{who} ALL=(ALL) NOPASSWD: ALL\n"
dest = os.path.join("/etc/sudoers.d", "90-cloud-init-users-" + who)
fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o440)
with os.fdopen(fd, "w") as fh:
    fh.write(rule)
