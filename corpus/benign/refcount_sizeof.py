"""Lesson: object sizes and reference counts."""
import sys

a = []
b = a
print("refcount of a:", sys.getrefcount(a))
for obj in (0, 10 ** 30, "", "hello", [], [1, 2, 3], {}, {"k": 1}):
    print(f"{obj!r:<35} {sys.getsizeof(obj)} bytes")
del b
print("after del:", sys.getrefcount(a))
