# comprehension over big list inside try/except
try:
    d = [[0]]*65000
    e = [d for i in range(65000)]
except Exception:
    pass
