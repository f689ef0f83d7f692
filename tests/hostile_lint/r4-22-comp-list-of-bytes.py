# list(bytes) of 65k ints then comprehension referencing it
d = list(b'x'*65000)
e = [d for i in range(65000)]
