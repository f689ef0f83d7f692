# ordinary: set union, intersection, difference
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(sorted(a.symmetric_difference(b)))
