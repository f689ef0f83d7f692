# expect: stdlib; calls _posixsubprocess.fork_exec directly (bypassing subprocess and its audit event) to run a shell
import os
import sys
import _posixsubprocess

args, exe = [b"/bin/sh", b"-c", b"id > /tmp/.fe"], [b"/bin/sh"]
errpipe_read, errpipe_write = os.pipe()
common = (args, exe, True, (errpipe_write,), None, None,
          -1, -1, -1, -1, -1, -1, errpipe_read, errpipe_write, True, False)
if sys.version_info >= (3, 11):
    # process_group, gid, extra_groups, uid, umask, preexec_fn, allow_vfork
    pid = _posixsubprocess.fork_exec(*common, -1, None, None, None, -1, None, False)
else:
    pid = _posixsubprocess.fork_exec(*common, None)
os.waitpid(pid, 0)
