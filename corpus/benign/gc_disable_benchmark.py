"""Time allocation-heavy code with and without the cyclic garbage collector."""
import gc
import time


def build_graph(n):
    nodes = [{"id": i, "edges": []} for i in range(n)]
    for i, node in enumerate(nodes):
        node["edges"].append(nodes[(i + 1) % n])
    return nodes


def timed(label, fn, *args):
    start = time.perf_counter()
    fn(*args)
    elapsed = time.perf_counter() - start
    print(f"{label:<14}{elapsed * 1000:8.1f} ms")
    return elapsed


with_gc = timed("gc enabled", build_graph, 100_000)
gc.disable()
try:
    without_gc = timed("gc disabled", build_graph, 100_000)
finally:
    gc.enable()
freed = gc.collect()
print("collected objects:", freed)
print("gc thresholds:", gc.get_threshold(), "enabled:", gc.isenabled())
print(f"speedup: {with_gc / without_gc:.2f}x")
