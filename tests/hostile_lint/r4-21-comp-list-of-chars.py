# list('x'*65000) then comprehension referencing it
d = list('x'*65000)
e = [d for i in range(65000)]
