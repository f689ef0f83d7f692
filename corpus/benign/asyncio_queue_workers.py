"""Producer/consumer with asyncio.Queue and worker tasks."""
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    for _ in range(2):
        await queue.put(None)


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            return
        results.append((name, item * item))
        await asyncio.sleep(0)


async def main():
    queue, results = asyncio.Queue(maxsize=3), []
    await asyncio.gather(producer(queue, 6), worker("w1", queue, results), worker("w2", queue, results))
    print(sorted(v for _, v in results))


asyncio.run(main())
