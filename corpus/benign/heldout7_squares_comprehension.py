# ordinary: list comprehension of squares of even numbers
print([n * n for n in range(1, 11) if n % 2 == 0])
