"""asyncio basics: coroutines, gather, create_task and wait_for."""
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done after {delay}s"


async def slow():
    await asyncio.sleep(1)


async def main():
    results = await asyncio.gather(fetch("a", 0.01), fetch("b", 0.02), fetch("c", 0))
    print(results)
    task = asyncio.create_task(fetch("background", 0.01))
    print(await task)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")


asyncio.run(main())
