# ordinary: sort records with a lambda key, then by two keys
people = [("Ana", 31), ("Bo", 25), ("Cy", 31), ("Di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
