"""Track a request id across async tasks with contextvars."""
import asyncio
import contextvars
import logging

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


logger = logging.getLogger("svc")
handler = logging.StreamHandler()
handler.setFormatter(logging.Formatter("[%(request_id)s] %(message)s"))
handler.addFilter(RequestIdFilter())
logger.addHandler(handler)
logger.setLevel(logging.INFO)


async def lookup(item):
    await asyncio.sleep(0.001)
    logger.info("looked up %s", item)


async def handle(rid, items):
    request_id.set(rid)
    logger.info("start")
    await asyncio.gather(*(lookup(i) for i in items))
    logger.info("done")


async def main():
    await asyncio.gather(handle("req-1", ["a", "b"]), handle("req-2", ["c"]))


asyncio.run(main())
logger.info("outside any request")
