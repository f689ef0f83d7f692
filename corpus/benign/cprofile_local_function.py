"""Lesson: profile a local function and print the five most expensive calls."""
import cProfile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


profiler = cProfile.Profile()
profiler.enable()
fib(22)
profiler.disable()
pstats.Stats(profiler).sort_stats("cumulative").print_stats(5)
