import pty
x = [1, 2, 3]
print(sum(x))
