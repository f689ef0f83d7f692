# comprehension calling strip on a 1 MB string 65k times
s = 'a'*1000000
x = [s.strip('a') for i in range(65000)]
