"""Lesson: compare two ways of joining strings with timeit (constant statement strings)."""
import timeit

setup = "words = ['alpha'] * 1000"
plus = timeit.timeit("s = ''\nfor w in words: s += w", setup=setup, number=2000)
join = timeit.timeit("''.join(words)", setup=setup, number=2000)
print(f"+= loop: {plus:.3f}s   join: {join:.3f}s")
