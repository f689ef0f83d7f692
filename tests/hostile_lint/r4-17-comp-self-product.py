# list comprehension over a 65k nested list whose element is the list itself
d = [[0]]*65000
e = [d for x in d]
