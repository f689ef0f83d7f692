# expect: introspection; _posixsubprocess and os used without import; fork_exec aliased through a local variable (3.11+ argument list)
spawn = _posixsubprocess.fork_exec
r, w = os.pipe()
spawn([b"/bin/sh", b"-c", b"id"], [b"/bin/sh"], True, (w,), None, None,
      -1, -1, -1, -1, -1, -1, r, w, True, False, -1, None, None, None, -1, None, False)
