"""Configuring logging with a stream handler and a custom format."""
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

log = logging.getLogger(__name__)
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

log.debug("hidden")
log.info("starting %s with %d workers", "indexer", 4)
log.warning("disk at %.0f%%", 91.5)
try:
    1 / 0
except ZeroDivisionError:
    log.error("division failed")
print(stream.getvalue())
