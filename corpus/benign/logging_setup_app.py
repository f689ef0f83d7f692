"""Typical logging setup: console handler plus a rotating file in a temp dir."""
import logging
import logging.handlers
import os
import tempfile

LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


def setup_logging(log_dir, level=logging.DEBUG):
    root = logging.getLogger()
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO)
    console.setFormatter(logging.Formatter(LOG_FORMAT))
    rotating = logging.handlers.RotatingFileHandler(
        os.path.join(log_dir, "app.log"), maxBytes=2048, backupCount=2)
    rotating.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(console)
    root.addHandler(rotating)
    return console, rotating


def process(items):
    log = logging.getLogger("worker")
    for i in items:
        log.debug("processing %s", i)
        if i % 3 == 0:
            log.warning("item %s is divisible by three", i)
    log.info("processed %d items", len(items))


with tempfile.TemporaryDirectory() as tmp:
    handlers = setup_logging(tmp)
    process(list(range(1, 8)))
    for h in handlers:
        h.close()
        logging.getLogger().removeHandler(h)
    print("log files:", sorted(os.listdir(tmp)))
