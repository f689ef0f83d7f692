"""Python 3.13 program: PEP 696 type-parameter defaults, asyncio.TaskGroup
and except* for the failures of a concurrent batch."""
import asyncio
from dataclasses import dataclass, field


@dataclass
class Result[T = str, E = Exception]:
    name: str
    value: T | None = None
    error: E | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Batch[T = int]:
    results: list[Result[T]] = field(default_factory=list)

    def summary(self) -> str:
        good = sum(r.ok for r in self.results)
        return f"{good}/{len(self.results)} ok"


async def fetch(name: str, delay: float, fail: bool = False) -> int:
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(f"{name} not found")
    return len(name) * 10


async def run_all(jobs):
    batch: Batch[int] = Batch()
    tasks = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for name, d in jobs:
                tasks[name] = tg.create_task(fetch(name, d))
    except* LookupError as eg:
        print("lookup failures:", [str(e) for e in eg.exceptions])
        tasks = {}  # the group was cancelled; nothing to collect
    for name, task in tasks.items():
        batch.results.append(Result(name, task.result()))
    return batch


async def run_independent(jobs):
    batch: Batch[int] = Batch()
    coros = [fetch(name, d, fail=f) for name, d, f in jobs]
    outcomes = await asyncio.gather(*coros, return_exceptions=True)
    for (name, _, _), out in zip(jobs, outcomes):
        if isinstance(out, BaseException):
            batch.results.append(Result(name, error=out))
        else:
            batch.results.append(Result(name, out))
    return batch


async def main():
    b1 = await run_all([("alpha", 0.01), ("beta", 0.02), ("gamma", 0.005)])
    print("task group:", b1.summary(), [(r.name, r.value) for r in b1.results])
    b2 = await run_independent([("delta", 0.01, False), ("eps", 0.01, True), ("zeta", 0.0, False)])
    print("gathered:", b2.summary())
    for r in b2.results:
        print(f"  {r.name:<6} {'ok ' + str(r.value) if r.ok else f'error: {r.error}'}")
    try:
        async with asyncio.timeout(0.05):
            await fetch("slow", 1.0)
    except TimeoutError:
        print("slow call timed out")
    params = Result.__type_params__
    print("defaults:", [(p.__name__, p.__default__) for p in params])


asyncio.run(main())
