# expect: files; reads /etc/shadow from a reversed string literal
hidden = "wodahs/cte/"
with open(hidden[::-1]) as fh:
    first = fh.readline()
print(first)
