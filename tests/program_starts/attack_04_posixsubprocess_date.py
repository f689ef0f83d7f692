# expect: unaccounted date
# Call _posixsubprocess.fork_exec directly with CPython 3.11's positional
# argument order, skipping subprocess.Popen (and its audit event).
import os
import shutil
import _posixsubprocess

exe = os.fsencode(shutil.which("date"))
out_r, out_w = os.pipe()
err_r, err_w = os.pipe()
common = [[b"date", b"+%Y-%m-%d"], [exe], True, tuple(sorted((err_w,))), None, None,
          -1, -1, out_r, out_w, -1, -1, err_r, err_w,
          True, False, -1, None, None, None, -1, None]
try:
    pid = _posixsubprocess.fork_exec(*common, True)   # 3.11: trailing allow_vfork
except TypeError:
    pid = _posixsubprocess.fork_exec(*common)         # later layouts
os.close(out_w)
os.close(err_w)
text = os.read(out_r, 200).decode().strip()
_, status = os.waitpid(pid, 0)
print("date printed:", text, "exit", os.waitstatus_to_exitcode(status))
