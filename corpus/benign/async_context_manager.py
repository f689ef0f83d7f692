"""An async context manager guarding a shared resource with a semaphore."""
import asyncio
from contextlib import asynccontextmanager

pool = asyncio.Semaphore(2)


@asynccontextmanager
async def connection(name):
    async with pool:
        print("open", name)
        try:
            yield name
        finally:
            print("close", name)


async def job(i):
    async with connection(f"conn-{i}"):
        await asyncio.sleep(0.05)


async def main():
    await asyncio.gather(*(job(i) for i in range(4)))


asyncio.run(main())
