"""Workers fill disjoint slices of a shared Array of doubles."""
import math
from multiprocessing import Array, Process


def fill(arr, start, stop):
    for i in range(start, stop):
        arr[i] = math.sin(i / 10.0)


if __name__ == "__main__":
    n = 40
    arr = Array("d", n)
    half = n // 2
    workers = [Process(target=fill, args=(arr, 0, half)),
               Process(target=fill, args=(arr, half, n))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    values = arr[:]
    print("first five:", [round(v, 3) for v in values[:5]])
    print("max:", round(max(values), 4), "min:", round(min(values), 4))
