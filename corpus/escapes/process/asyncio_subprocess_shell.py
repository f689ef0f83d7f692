import asyncio

async def main():
    p = await asyncio.create_subprocess_shell("id", stdout=asyncio.subprocess.PIPE)
    print((await p.communicate())[0])

asyncio.run(main())
