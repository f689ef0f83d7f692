"""Profiling a slow function the textbook way: cProfile.runctx with a
constant statement, then pstats to show the top entries."""
import cProfile
import io
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    return [fib(n) for n in range(18)]


if __name__ == "__main__":
    profiler_output = "profile.out"
    cProfile.runctx("main()", globals(), locals(), filename=profiler_output)
    buf = io.StringIO()
    stats = pstats.Stats(profiler_output, stream=buf)
    stats.sort_stats("cumulative").print_stats(3)
    print("\n".join(line for line in buf.getvalue().splitlines() if line.strip())[:600])
