"""Async context managers and async iterators (__aenter__, __aiter__, __anext__)."""
import asyncio


class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("close session")
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def evens(limit):
    for i in range(0, limit, 2):
        yield i


async def main():
    async with Session():
        print([t async for t in Ticker(3)], [e async for e in evens(7)])


asyncio.run(main())
