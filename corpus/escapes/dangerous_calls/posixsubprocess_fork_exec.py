# _posixsubprocess.fork_exec is the primitive under subprocess.Popen.
import _posixsubprocess
import os

r, w = os.pipe()
_posixsubprocess.fork_exec([b"/bin/sh", b"-c", b"id"], [b"/bin/sh"], True, (), None, None,
                           -1, -1, -1, -1, -1, -1, r, w, True, False, -1, None, None, None,
                           -1, None, False)
