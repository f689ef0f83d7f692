# ordinary: an asyncio pipeline of async generators (source -> filter -> batch) consumed with async for, run with asyncio.run
import asyncio


async def readings(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i, (i * 37) % 101


async def only_high(source, threshold):
    async for idx, value in source:
        if value >= threshold:
            yield idx, value


async def batches(source, size):
    batch = []
    async for item in source:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def main():
    count = 0
    async for batch in batches(only_high(readings(40), 60), 4):
        count += len(batch)
        print("batch:", batch)
    gen = readings(3)
    first = await gen.__anext__()
    await gen.aclose()
    print("first reading:", first, "total high:", count)


asyncio.run(main())
