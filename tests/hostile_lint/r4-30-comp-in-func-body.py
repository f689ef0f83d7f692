# uncalled function body still folded: comprehension over big list
def f():
    d = [[0]]*65000
    e = [d for i in range(65000)]
