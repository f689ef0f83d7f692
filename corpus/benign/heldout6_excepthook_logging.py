# ordinary: installs a sys.excepthook and sys.unraisablehook that log errors (with the exception chain) instead of printing raw tracebacks; the hooks are exercised without letting the program fail
import logging
import sys
import traceback

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stdout)
log = logging.getLogger("backend")


def log_uncaught(kind, value, tb):
    lines = traceback.format_exception(kind, value, tb)
    log.error("uncaught %s: %s (%d traceback lines)", kind.__name__, value, len(lines))


def log_unraisable(report):
    log.warning("ignored error in %r: %s", report.object, report.exc_value)


sys.excepthook = log_uncaught
sys.unraisablehook = log_unraisable


def load(path):
    try:
        return int(path)
    except ValueError as err:
        raise RuntimeError("could not load config") from err


try:
    load("not-a-number")
except RuntimeError:
    sys.excepthook(*sys.exc_info())
    cause = sys.exc_info()[1].__cause__
    log.info("root cause: %r", cause)


class Noisy:
    def __del__(self):
        raise ValueError("cleanup problem")


Noisy()
sys.excepthook = sys.__excepthook__
sys.unraisablehook = sys.__unraisablehook__
print("done")
