"""List, set, dict comprehensions, nested loops, conditions and walrus."""
import math

words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
lengths = {w.lower(): len(w) for w in words}
initials = {w[0].lower() for w in words}
long_words = [w for w in words if len(w) > 5]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(col) for col in zip(*matrix)]
flat = [x for row in matrix for x in row if x % 2 == 0]
roots = [root for n in range(30) if (root := math.isqrt(n)) ** 2 == n]

print(lengths)
print(sorted(initials), long_words)
print(transposed, flat)
print(roots)
print(sum(x * x for x in range(10)))
