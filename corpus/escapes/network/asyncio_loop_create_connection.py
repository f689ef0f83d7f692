import asyncio

class P(asyncio.Protocol):
    def connection_made(self, t):
        t.write(b"ping")

loop = asyncio.new_event_loop()
loop.run_until_complete(loop.create_connection(P, "evil.test", 9000))
