# From the audit-hook seed: raise, catch, and use the traceback's frame to reach
# the caller's globals and delete the flag the audit hook checks.
import sys


def unlock():
    try:
        raise RuntimeError
    except RuntimeError:
        outer = sys.exc_info()[2].tb_frame.f_back
        outer.f_globals.pop("WRITE_LOCK", None)
