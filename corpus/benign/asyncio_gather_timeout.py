"""Run simulated I/O tasks concurrently with a timeout per task."""
import asyncio
import random


async def fetch(i):
    await asyncio.sleep(random.uniform(0.01, 0.2))
    return i * 10


async def main():
    tasks = [asyncio.wait_for(fetch(i), timeout=0.15) for i in range(8)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    print(f"{len(ok)} ok, {len(results) - len(ok)} timed out")


asyncio.run(main())
