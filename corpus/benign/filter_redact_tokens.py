"""A logging.Filter that masks things that look like API tokens."""
import logging
import re

TOKEN = re.compile(r"(?i)(token|key|secret)=([^\s&]+)")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = TOKEN.sub(lambda m: f"{m.group(1)}=***", str(record.msg))
        return True


handler = logging.StreamHandler()
handler.addFilter(Redact())
log = logging.getLogger("client")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info("calling /v1/items?token=abc123&page=2")
