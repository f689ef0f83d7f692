# bytes.fromhex(...).decode() yields "__globals__".
def f():
    pass


name = bytes.fromhex("5f5f676c6f62616c735f5f").decode()
print(getattr(f, name).keys())
