"""Attach a request id to every log line with a LoggerAdapter."""
import logging
import uuid

logging.basicConfig(format="%(levelname)s [%(request_id)s] %(message)s", level=logging.INFO)


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request_id"] = self.extra["request_id"]
        return msg, kwargs


log = RequestAdapter(logging.getLogger("web"), {"request_id": uuid.uuid4().hex[:8]})
log.info("GET /orders")
log.info("200 OK in %.1f ms", 12.3)
