# comprehension over range(65000) whose element is a 65k nested list
d = [[0]]*65000
e = [d for i in range(65000)]
