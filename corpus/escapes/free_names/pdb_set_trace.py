def solve(n):
    pdb.set_trace()
    return n * 2
solve(3)
