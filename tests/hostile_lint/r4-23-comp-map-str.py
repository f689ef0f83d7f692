# list(map(str, range(65000))) then comprehension referencing it
d = list(map(str, range(65000)))
e = [d for i in range(65000)]
