# comprehension over a 65k int list yielding the list
e = [i for i in range(65000)]
f = [e for i in e]
