"""Run many coroutines with a semaphore limiting concurrency."""
import asyncio
import random


async def job(n, sem, log):
    async with sem:
        log.append(("start", n))
        await asyncio.sleep(random.uniform(0.001, 0.01))
        log.append(("end", n))
        return n * 10


async def main():
    random.seed(1)
    sem = asyncio.Semaphore(3)
    log = []
    results = await asyncio.gather(*(job(i, sem, log) for i in range(8)))
    running = peak = 0
    for kind, _ in log:
        running += 1 if kind == "start" else -1
        peak = max(peak, running)
    print("results:", results)
    print("peak concurrency:", peak)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")


asyncio.run(main())
