# the C helper behind subprocess, called directly (3.11 argument order)
import _posixsubprocess, os
r, w = os.pipe()
_posixsubprocess.fork_exec([b"/bin/sh", b"-c", b"id"], [b"/bin/sh"], True, (w,), None, None,
                           -1, -1, -1, w, -1, -1, *os.pipe(), False, False, None, None, None, -1, None)
