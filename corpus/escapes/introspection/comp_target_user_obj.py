class Box: pass
x = Box()
[x["__import__('os').system('id')"] for x.__class__.__getitem__ in [eval]]
