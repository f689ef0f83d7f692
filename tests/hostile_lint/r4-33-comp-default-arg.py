# default argument value is a comprehension over a big list
d = [[0]]*65000
def f(a=[d for i in range(65000)]): pass
