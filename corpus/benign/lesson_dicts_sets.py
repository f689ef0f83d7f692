"""Dictionaries and sets in everyday use."""
from collections import defaultdict

stock = {"apples": 10, "pears": 4}
stock["plums"] = 7
stock["apples"] -= 3
print(stock)

for name, qty in sorted(stock.items(), key=lambda kv: kv[1]):
    print(f"{name:<8}{qty:>3}")

print("kiwis" in stock, stock.get("kiwis", 0))

words = "the quick brown fox jumps over the lazy dog the end".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get), "appears most often")

a = set("mississippi")
b = set("missouri")
print("union", sorted(a | b))
print("intersection", sorted(a & b))
print("difference", sorted(a - b))
squares = {n: n * n for n in range(6)}
inverted = {v: k for k, v in squares.items()}
print(squares, inverted)
