"""Profile a function object with cProfile.Profile and print the top entries."""
import cProfile
import io
import pstats


def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


def workload():
    totals = [slow_fib(n) for n in range(18)]
    words = sorted(str(t)[::-1] for t in totals)
    return len(words), sum(totals)


profiler = cProfile.Profile()
profiler.enable()
result = workload()
profiler.disable()
print("result:", result)

stream = io.StringIO()
stats = pstats.Stats(profiler, stream=stream).sort_stats("cumulative")
stats.print_stats(5)
report = stream.getvalue().splitlines()
for line in report[:14]:
    print(line)
print("functions profiled:", len(stats.stats))
