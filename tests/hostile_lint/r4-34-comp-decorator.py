# decorator expression is a comprehension over a big list
d = [[0]]*65000
@print([d for i in range(65000)])
def f(): pass
