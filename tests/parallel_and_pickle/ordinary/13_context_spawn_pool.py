"""Use an explicit "spawn" context, as code that must also run on macOS/Windows does."""
import multiprocessing as mp
import os


def describe(i):
    return i, i ** 3, os.getpid() != 0


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print("start method:", ctx.get_start_method())
    with ctx.Pool(2) as pool:
        for i, cube, ok in pool.map(describe, range(6)):
            print(i, cube, ok)
