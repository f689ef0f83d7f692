# exec of a constant string holding the quadratic comprehension
exec('d = [[0]]*65000\ne = [d for i in range(65000)]\n')
