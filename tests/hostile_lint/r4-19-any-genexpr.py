# any() over a generator yielding a 65k nested list 65k times
d = [[0]]*65000
e = any(d for i in range(65000))
