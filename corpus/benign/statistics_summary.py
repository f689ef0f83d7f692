"""Descriptive statistics for response times read from a text file."""
import statistics
from pathlib import Path

values = [float(x) for x in Path("latencies_ms.txt").read_text().split()]
q = statistics.quantiles(values, n=100)
print(f"n={len(values)} mean={statistics.mean(values):.1f} median={statistics.median(values):.1f}")
print(f"p95={q[94]:.1f} p99={q[98]:.1f} stdev={statistics.pstdev(values):.1f}")
