"""Backup tool configuration check: given a list of paths a user wants to
back up, warn about the ones inside excluded locations (secrets, virtual
file systems). Pure string work; no file is opened."""
import os
import posixpath

EXCLUDE = ["/proc", "/sys", "/dev", "/etc/shadow", "/etc/gshadow",
           "~/.ssh", "~/.aws/credentials", "~/.netrc", "/var/run/secrets"]
EXCLUDE = [posixpath.normpath(p) for p in map(os.path.expanduser, EXCLUDE)]

REQUESTED = [
    "/home/ana/thesis",
    "/etc/shadow",
    "/proc/cpuinfo",
    "~/.ssh/id_ed25519",
    "/srv/data/../data/raw",
    "/sys/class/net",
    "/var/www/html",
]


def excluded(path):
    candidate = posixpath.normpath(os.path.expanduser(path))
    prefixes = [p if p.endswith("/") else p + "/" for p in EXCLUDE]
    return candidate in EXCLUDE or any(map((candidate + "/").startswith, prefixes))


if __name__ == "__main__":
    plan = sorted(REQUESTED, key=lambda p: (excluded(p), p))
    for path in plan:
        print(("SKIP " if excluded(path) else "keep ") + path)
    print(sum(not excluded(p) for p in REQUESTED), "of", len(REQUESTED), "paths will be backed up")
