"""Simulate slow I/O work with a thread pool (no real network)."""
import random
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fake_fetch(item_id):
    delay = random.uniform(0.01, 0.05)
    time.sleep(delay)
    if item_id % 7 == 0:
        raise RuntimeError(f"item {item_id} failed")
    return item_id, delay


def main():
    random.seed(5)
    ok, failed = [], []
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(fake_fetch, i): i for i in range(1, 15)}
        for fut in as_completed(futures):
            try:
                ok.append(fut.result())
            except RuntimeError as err:
                failed.append(str(err))
    ok.sort()
    print("succeeded:", [i for i, _ in ok])
    print("failed:", failed)
    print(f"slowest: {max(d for _, d in ok):.3f}s")


if __name__ == "__main__":
    main()
