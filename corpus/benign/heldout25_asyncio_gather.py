"""Simulated service calls with asyncio: gather, timeouts, semaphores, queues."""
import asyncio
import time

LATENCY = {"users": 0.05, "orders": 0.08, "stock": 0.02, "reports": 0.5}


async def call_service(name, sem, log):
    async with sem:
        log.append(f"start {name}")
        await asyncio.sleep(LATENCY[name])
        if name == "stock":
            raise ConnectionResetError("stock service reset the connection")
        log.append(f"end {name}")
        return {"service": name, "items": len(name) * 3}


async def with_timeout(coro, seconds):
    try:
        return await asyncio.wait_for(coro, timeout=seconds)
    except asyncio.TimeoutError:
        return {"error": "timeout"}


async def producer_consumer():
    queue = asyncio.Queue(maxsize=3)
    results = []

    async def producer():
        for i in range(8):
            await queue.put(i)
        for _ in range(2):
            await queue.put(None)

    async def consumer(tag):
        while (item := await queue.get()) is not None:
            await asyncio.sleep(0.005)
            results.append((tag, item * item))
        return tag

    await asyncio.gather(producer(), consumer("c1"), consumer("c2"))
    return sorted(v for _, v in results)


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    t0 = time.perf_counter()
    names = ["users", "orders", "stock", "reports"]
    results = await asyncio.gather(
        *(with_timeout(call_service(n, sem, log), 0.2) for n in names),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - t0
    for name, res in zip(names, results):
        if isinstance(res, Exception):
            print(f"{name:<8} failed: {type(res).__name__}: {res}")
        else:
            print(f"{name:<8} {res}")
    print("completed calls:", sorted(e.split()[1] for e in log if e.startswith("end")))
    print("bounded by timeout:", elapsed < 0.5)
    print("squares:", await producer_consumer())


asyncio.run(main())
