b = len.__self__
print(b.open("flag.txt").read())
