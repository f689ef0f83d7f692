"""Lesson: measure allocation-heavy code with the cyclic GC switched off."""
import gc
import time


def build(n):
    return [{"i": i, "sq": i * i} for i in range(n)]


gc.collect()
gc.disable()
try:
    t0 = time.perf_counter()
    data = build(300_000)
    elapsed = time.perf_counter() - t0
finally:
    gc.enable()
print(f"{len(data)} dicts in {elapsed:.3f}s; gc thresholds {gc.get_threshold()}, counts {gc.get_count()}")
