# comprehension over a 65k nested list joining an element of the list each iteration
d = [['a']]*65000
e = [''.join(d[0]) for i in d]
