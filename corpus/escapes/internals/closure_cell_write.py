# Writing a cell rewires the guard: every later check passes.
def make_limit(limit):
    def within(n):
        return n <= limit
    return within


within = make_limit(10)
within.__closure__[0].cell_contents = 10**18
print(within(10**12))
