"""Lesson 2: working with lists.

Run this file and compare the output with the comments.
"""

fruits = ["apple", "banana", "cherry"]
print("first fruit:", fruits[0])
print("last fruit:", fruits[-1])

fruits.append("date")
fruits.insert(1, "blueberry")
print("after adding:", fruits)

removed = fruits.pop()
print("popped", removed, "->", fruits)

# slicing makes a new list
first_two = fruits[:2]
first_two[0] = "avocado"
print("slice changed:", first_two, "original kept:", fruits)

# list comprehensions
lengths = [len(f) for f in fruits]
print("lengths:", lengths)
long_names = [f.upper() for f in fruits if len(f) > 5]
print("long names:", long_names)

# sorting: in place vs. new list
numbers = [5, 3, 9, 1, 7]
print("sorted copy:", sorted(numbers), "original:", numbers)
numbers.sort(reverse=True)
print("sorted in place, descending:", numbers)

# nested lists
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
