from yaml import load, UnsafeLoader
print(load(input(), Loader=UnsafeLoader))
