# ordinary: zip and enumerate over parallel lists
names = ["x", "y", "z"]
vals = [10, 20, 30]
for i, (n, v) in enumerate(zip(names, vals), start=1):
    print(i, n, v)
print(dict(zip(names, vals)))
