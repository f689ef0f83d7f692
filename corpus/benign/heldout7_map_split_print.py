# ordinary: unpack a mapped split of a literal string
print(*map(int, "1 2 3".split()))
