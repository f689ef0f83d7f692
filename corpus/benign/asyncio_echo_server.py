"""An asyncio echo server bound to loopback, stopped after a few seconds."""
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("echo server on port", port)
    async with server:
        await asyncio.sleep(2)


asyncio.run(main())
